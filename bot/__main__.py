from bot.cli import main
import sys

sys.exit(main())
