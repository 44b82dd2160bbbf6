"""Allow `python -m digest`."""

from digest.cli import run

# Guarded: worker processes started by `forkserver` import this module again.
if __name__ == "__main__":
    run()
