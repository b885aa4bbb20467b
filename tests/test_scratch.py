"""The preview's private folder: removed on close; a dead preview's reclaimed, nothing else touched."""

from __future__ import annotations

import os

from sitegen.scratch import OWNER, PREFIX, Scratch, reclaim_abandoned


def test_closing_removes_the_folder(tmp_path):
    scratch = Scratch(tmp_path)
    (scratch.path / "www").mkdir()
    (scratch.path / "www/index.html").write_text("x")
    assert scratch.path.name.startswith(PREFIX)
    scratch.close()
    assert list(tmp_path.iterdir()) == []


def test_only_unlocked_preview_folders_are_reclaimed(tmp_path):
    living = Scratch(tmp_path)
    dead = Scratch(tmp_path)
    (dead.path / "www").mkdir()
    os.close(dead._lock)  # as the kernel does when its process dies
    unlocked_elsewhere = tmp_path / "mine"
    unlocked_elsewhere.mkdir()
    (unlocked_elsewhere / OWNER).write_text("")  # an owner file, but not our prefix
    no_owner = tmp_path / (PREFIX + "old")
    no_owner.mkdir()  # our prefix, but not made with a lock: perhaps not ours, perhaps starting
    target = tmp_path / "target"
    target.mkdir()
    (target / OWNER).write_text("")
    (tmp_path / (PREFIX + "link")).symlink_to(target)

    assert reclaim_abandoned(tmp_path) == [dead.path]
    assert not dead.path.exists()
    assert living.path.is_dir() and (living.path / OWNER).is_file()
    assert unlocked_elsewhere.is_dir() and no_owner.is_dir() and (target / OWNER).is_file()
    living.close()


def test_a_new_folder_holds_only_its_locked_owner_file(tmp_path):
    """Nothing but the lock file is left of making it (it is locked under a temporary name and then
    renamed, so a scan never finds it unlocked), and a scan cannot take it."""
    scratch = Scratch(tmp_path)
    assert [path.name for path in scratch.path.iterdir()] == [OWNER]
    assert reclaim_abandoned(tmp_path) == []
    scratch.close()
