"""The window around the features: the main window and its staged start, the account button,
the menus (File, Help, language), the window state, starting up and recovering."""
