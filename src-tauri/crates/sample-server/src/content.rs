//! File contents made on the fly: deterministic for a file's key and size, any size, never held
//! in memory as a whole. Text files get readable log-like lines, binaries pseudo-random bytes.

use bytes::Bytes;

/// Size of the pieces a file is produced in.
pub const CHUNK: usize = 64 * 1024;

/// What a file holds, which decides how its bytes look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    Text,
    Binary,
}

/// A 64-bit seed from a file key.
pub fn seed_of(key: &str) -> u64 {
    // FNV-1a: stable across platforms and Rust versions.
    key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// splitmix64, a small PRNG with good output for this purpose.
pub fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The bytes of chunk `index` of a file, `len` bytes long.
pub fn chunk(seed: u64, kind: ContentKind, index: u64, len: usize) -> Bytes {
    let mut state = seed ^ index.wrapping_mul(0xa076_1d64_78bd_642f);
    let mut out = Vec::with_capacity(len);
    match kind {
        ContentKind::Binary => {
            while out.len() < len {
                out.extend_from_slice(&splitmix(&mut state).to_le_bytes());
            }
        }
        ContentKind::Text => {
            let mut line = index * 1000;
            while out.len() < len {
                let value = splitmix(&mut state);
                let text = format!(
                    "{:06} {:02}:{:02}:{:02}.{:03} I/TestRunner: step {} {} ({} ms)\n",
                    line,
                    value % 24,
                    (value >> 8) % 60,
                    (value >> 16) % 60,
                    (value >> 24) % 1000,
                    (value >> 32) % 97,
                    if value.is_multiple_of(11) {
                        "retried"
                    } else {
                        "passed"
                    },
                    (value >> 40) % 5000,
                );
                out.extend_from_slice(text.as_bytes());
                line += 1;
            }
        }
    }
    out.truncate(len);
    Bytes::from(out)
}

/// An iterator over a whole file's chunks.
pub fn chunks(seed: u64, kind: ContentKind, size: u64) -> impl Iterator<Item = Bytes> {
    let count = size.div_ceil(CHUNK as u64);
    (0..count).map(move |index| {
        let start = index * CHUNK as u64;
        let len = usize::try_from((size - start).min(CHUNK as u64)).unwrap_or(CHUNK);
        chunk(seed, kind, index, len)
    })
}

/// The file's chunks from byte `offset` on (for a `Range` request).
pub fn chunks_from(
    seed: u64,
    kind: ContentKind,
    size: u64,
    offset: u64,
) -> impl Iterator<Item = Bytes> {
    let first = offset / CHUNK as u64;
    let skip = usize::try_from(offset % CHUNK as u64).unwrap_or(0);
    chunks(seed, kind, size)
        .skip(usize::try_from(first).unwrap_or(usize::MAX))
        .enumerate()
        .map(move |(i, piece)| {
            if i == 0 {
                piece.slice(skip.min(piece.len())..)
            } else {
                piece
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_exactly_sized() {
        for size in [0u64, 1, 100, CHUNK as u64, CHUNK as u64 * 3 + 7] {
            for kind in [ContentKind::Text, ContentKind::Binary] {
                let a: Vec<u8> = chunks(seed_of("k"), kind, size).flatten().collect();
                let b: Vec<u8> = chunks(seed_of("k"), kind, size).flatten().collect();
                assert_eq!(a.len() as u64, size);
                assert_eq!(a, b);
            }
        }
        let a: Vec<u8> = chunks(seed_of("a"), ContentKind::Binary, 64)
            .flatten()
            .collect();
        let b: Vec<u8> = chunks(seed_of("b"), ContentKind::Binary, 64)
            .flatten()
            .collect();
        assert_ne!(a, b);
    }

    #[test]
    fn a_range_is_the_tail_of_the_whole() {
        let size = CHUNK as u64 * 2 + 100;
        let whole: Vec<u8> = chunks(7, ContentKind::Text, size).flatten().collect();
        for offset in [0, 1, CHUNK as u64 - 1, CHUNK as u64, size - 1, size] {
            let tail: Vec<u8> = chunks_from(7, ContentKind::Text, size, offset)
                .flatten()
                .collect();
            assert_eq!(tail, whole[usize::try_from(offset).unwrap()..], "{offset}");
        }
    }
}
