"""The Qt Widgets front end. Widgets receive an AppContext; they never reach for globals."""
