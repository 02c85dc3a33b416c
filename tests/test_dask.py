"""A batch on a local Dask cluster gives exactly the local output."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflict_extract.cli.main import app

distributed = pytest.importorskip("distributed")

ARTICLES = {
    "a.txt": " date 2021-04-02 Rockets hit Barda on Thursday, killing two, the ministry said.\n",
    "b.txt": " date 2021-04-03 Shells hit Tartar and Aghdam overnight, officials said.\n",
    "c.txt": " date 2021-04-03 Talks continued in Geneva.\n",
    "d.txt": "",
}


@pytest.mark.parametrize("chunk", [200, 2])
def test_dask_matches_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    from conflict_extract.cli import batch

    monkeypatch.setattr(batch, "CLUSTER_CHUNK", chunk)  # files per task
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    local = CliRunner().invoke(app, ["-f", "jsonl", str(tmp_path), "--workers", "1"])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:  # fmt: skip
        remote = CliRunner().invoke(
            app, ["-f", "jsonl", str(tmp_path), "--scheduler", cluster.scheduler_address]
        )
    assert remote.exit_code == local.exit_code == 1  # d.txt is empty
    assert remote.stdout == local.stdout
    assert len(local.stdout.splitlines()) == 3


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLES["a.txt"], encoding="utf-8")
    result = CliRunner().invoke(app, [str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler" in result.stderr
