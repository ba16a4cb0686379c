"""The ``tidings`` command: a thin click shell over ``tidings.api``.

Exit codes: 0 all inputs processed, 1 some inputs failed (each reported on stderr, the rest
stored), 2 usage error (click's own convention).

The commands live by kind in ``cli_ingest`` (extract, ingest), ``cli_store`` (articles, events,
quotes, summary, export) and ``cli_eval`` (eval petrarch, eval gate); their shared options and
error exits in ``cli_common``. This module is the entry point (``tidings.cli:main``).
"""

from __future__ import annotations

import logging
import sys

import click

from .cli_eval import eval_group
from .cli_ingest import extract, ingest
from .cli_store import articles, events, export, quotes, summary

log = logging.getLogger(__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.version_option(package_name="tidings")
def main(verbose: int) -> None:
    """Tidings: news in, coded events and attributed quotes out, with provenance.

    \b
    Example:
      tidings ingest samples/ --db tidings.duckdb
      tidings events --dyad RUS:UKR --format table
    """
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


for _command in (extract, ingest, articles, events, quotes, summary, export, eval_group):
    main.add_command(_command)


if __name__ == "__main__":
    main()
