"""``python -m migdesk.cli``: the same as the installed ``migdesk-cli`` (a checkout run with
``PYTHONPATH``, where the entry point script may be another checkout's). Not through
``migdesk.entry``: that module also starts the GUI, a floor the CLI must not import."""

import sys

from migdesk.cli.main import main

sys.argv[0] = "migdesk-cli"  # argparse's usage line names the command, not __main__.py
sys.exit(main())
