"""The Qt shell: widgets show things and emit intents; the main window wires them."""
