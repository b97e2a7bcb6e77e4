"""Reading compressed inputs so that a file cut short is an error, never a shorter file.

gzip, bz2 and xz raise ``EOFError`` when the data ends inside a stream.
zstandard's stream reader does not: a cut ``.zst`` reads as a shorter (or
empty) file. :class:`ZstdReader` decompresses with it (output bounded by the
buffer asked for, so a bomb never expands in one go) and, when it reaches the
end, walks the file's frame and block headers (the zstd format: a few bytes
each, see RFC 8878) to check that the last frame is complete.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO, Any

ENDED_EARLY = "compressed file ended early"
ZSTD_MAGIC = 0xFD2FB528
SKIPPABLE_MASK, SKIPPABLE_MAGIC = 0xFFFFFFF0, 0x184D2A50
BLOCK_HEADER = 3
CHECKSUM = 4
RLE_BLOCK, RESERVED_BLOCK = 1, 3


def check_zstd_frames(handle: IO[bytes]) -> None:
    """EOFError when the zstd data of a seekable ``handle`` ends inside a frame, OSError when it is
    not zstd frames; None for a whole number of complete frames.

    Reads only headers: 4 bytes of magic and the frame header of each frame, 3 bytes a block.
    """
    import zstandard

    end = handle.seek(0, os.SEEK_END)
    position = 0
    while position < end:
        handle.seek(position)
        head = handle.read(18)  # magic and the longest frame header
        if len(head) < 4:
            raise EOFError(ENDED_EARLY)
        magic = int.from_bytes(head[:4], "little")
        if magic & SKIPPABLE_MASK == SKIPPABLE_MAGIC:
            if len(head) < 8:
                raise EOFError(ENDED_EARLY)
            position += 8 + int.from_bytes(head[4:8], "little")
            if position > end:
                raise EOFError(ENDED_EARLY)
            continue
        if magic != ZSTD_MAGIC:
            raise OSError(f"not zstd data at byte {position}")
        if len(head) < 5:
            raise EOFError(ENDED_EARLY)
        try:
            size = zstandard.frame_header_size(head)
            if len(head) < size:
                raise EOFError(ENDED_EARLY)
            checksum = zstandard.get_frame_parameters(head).has_checksum
        except zstandard.ZstdError:
            raise OSError(f"bad zstd frame header at byte {position}") from None
        position += size
        last = False
        while not last:
            handle.seek(position)
            block = handle.read(BLOCK_HEADER)
            if len(block) < BLOCK_HEADER:
                raise EOFError(ENDED_EARLY)
            header = int.from_bytes(block, "little")
            last, kind, size = bool(header & 1), (header >> 1) & 3, header >> 3
            if kind == RESERVED_BLOCK:
                raise OSError(f"bad zstd block at byte {position}")
            position += BLOCK_HEADER + (1 if kind == RLE_BLOCK else size)
        position += CHECKSUM if checksum else 0
        if position > end:
            raise EOFError(ENDED_EARLY)


class ZstdReader(io.RawIOBase):
    """A ``.zst`` file's frames decompressed one after another; at the end, ``EOFError`` when the
    file was cut inside a frame. ``OSError`` for data that is not zstd."""

    def __init__(self, path: Path) -> None:
        import zstandard

        self._file = open(path, "rb")  # noqa: SIM115 (closed by close())
        self._errors = (zstandard.ZstdError,)
        self._reader = zstandard.ZstdDecompressor().stream_reader(self._file, read_across_frames=True, closefd=False)
        self._checked = False

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        """The compressed file's descriptor (its position: how much of the file was read)."""
        return self._file.fileno()

    def readinto(self, buffer: Any) -> int:
        try:
            count: int = self._reader.readinto(buffer)
        except self._errors as error:
            raise OSError(f"not valid zstd data ({error})") from None
        if count == 0 and not self._checked:
            self._checked = True
            check_zstd_frames(self._file)
        return count

    def close(self) -> None:
        if not self.closed:
            self._reader.close()
            self._file.close()
        super().close()


def open_zstd(path: Path) -> IO[bytes]:
    """A buffered reader of a ``.zst`` file (records are read line by line)."""
    return io.BufferedReader(ZstdReader(path))
