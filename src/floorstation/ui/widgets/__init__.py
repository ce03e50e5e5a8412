"""Touch-sized widgets shared by the screens."""
