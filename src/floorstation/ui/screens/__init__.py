"""One screen per module; each is a QWidget the main window stacks."""
