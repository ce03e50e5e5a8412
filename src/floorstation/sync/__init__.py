"""The station's sync client and the wire schema it shares with the server."""
