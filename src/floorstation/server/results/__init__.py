"""What goes out to an ERP: webhooks with their outbox, and production confirmations."""
