"""What only the demo needs: the central server it runs beside the terminal (``embedded_server``) and the pictures
its camera plays (``camera_pictures``). The demo plant's master data and station configuration are in
``resources/demo/``; the shift it plays is the simulator's (``app/simulate.py``, also the load generator)."""
