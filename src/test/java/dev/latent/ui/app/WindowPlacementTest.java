package dev.latent.ui.app;

import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window opens where it was left, unless that place is no longer on any screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {

    @TempDir
    Path dataDir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aSavedPlacementIsReadBack() {
        new WindowPlacement(40, 30, 900, 650, false).save(dataDir);
        assertEquals(Optional.of(new WindowPlacement(40, 30, 900, 650, false)), WindowPlacement.load(dataDir));
    }

    @Test
    void aMissingDamagedOrAbsurdFileIsIgnored() throws Exception {
        assertEquals(Optional.empty(), WindowPlacement.load(dataDir));
        Files.writeString(dataDir.resolve(WindowPlacement.FILE), "{not json");
        assertEquals(Optional.empty(), WindowPlacement.load(dataDir));
        Files.writeString(dataDir.resolve(WindowPlacement.FILE), "{\"x\":0,\"y\":0,\"width\":3,\"height\":2,\"maximized\":false}");
        assertEquals(Optional.empty(), WindowPlacement.load(dataDir), "a window too small to use");
        for (String wrong : new String[]{"[]", "{\"x\":0,\"y\":0,\"width\":\"900\",\"height\":600}",
                "{\"x\":0,\"y\":0,\"width\":900,\"height\":600,\"maximized\":1}",
                "{\"x\":0,\"y\":0,\"width\":900,\"height\":600,\"colour\":\"red\"}"}) {
            Files.writeString(dataDir.resolve(WindowPlacement.FILE), wrong);
            assertEquals(Optional.empty(), WindowPlacement.load(dataDir), wrong);
        }
        Files.writeString(dataDir.resolve(WindowPlacement.FILE), "{\"width\":900,\"height\":600}");
        assertEquals(Optional.of(new WindowPlacement(0, 0, 900, 600, false)), WindowPlacement.load(dataDir),
                "a field left out is 0, or not maximized");
    }

    @Test
    void aPlacementOnAScreenIsAppliedAndOneOffEveryScreenIsNot(FxRobot robot) {
        boolean[] applied = new boolean[2];
        robot.interact(() -> {
            stage.setX(10);
            stage.setY(10);
            applied[0] = new WindowPlacement(-60_000, 20, 800, 600, false).applyTo(stage, Screen.getScreens());
            applied[1] = new WindowPlacement(50, 60, 700, 500, false).applyTo(stage, Screen.getScreens());
        });
        assertFalse(applied[0], "a monitor that is gone: the window stays where it can be seen");
        assertTrue(applied[1]);
        assertEquals(50, stage.getX());
        assertEquals(60, stage.getY());
        assertEquals(700, stage.getWidth());
    }
}
