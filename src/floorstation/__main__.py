from floorstation.cli import main

raise SystemExit(main())
