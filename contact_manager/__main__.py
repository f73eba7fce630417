from contact_manager.app import main

raise SystemExit(main())
