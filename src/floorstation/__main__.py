from floorstation.entry import main

raise SystemExit(main())
