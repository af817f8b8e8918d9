package dev.latent.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/** Layout helpers shared by the screens. */
final class Pages {

    private Pages() {
    }

    /** Centres a page horizontally; the page's CSS max width keeps lines readable on wide screens. */
    static Node centered(Node page) {
        VBox frame = new VBox(page);
        frame.setAlignment(Pos.TOP_CENTER);
        frame.setFillWidth(true);
        return frame;
    }
}
