//! BLAKE2b and BLAKE2s (RFC 7693) with the parameter block `hashlib`
//! exposes: digest size, key, salt and personalisation. One macro writes
//! both variants, which differ only in word size, rounds and rotations.

/// The message schedule of both variants (rows repeat past ten).
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

macro_rules! blake2 {
    ($name:ident, $word:ty, $bytes:expr, $rounds:expr, $rot:expr, $iv:expr) => {
        /// A running BLAKE2 state.
        #[derive(Clone)]
        pub(crate) struct $name {
            h: [$word; 8],
            count: u128,
            buf: Vec<u8>,
            out_len: usize,
        }

        impl $name {
            /// Bytes in a word.
            const W: usize = $bytes / 16;

            /// A state for `out_len` bytes of digest keyed by `key` (may be
            /// empty), with `salt` and `person` (zero-padded).
            pub(crate) fn new(out_len: usize, key: &[u8], salt: &[u8], person: &[u8]) -> Self {
                let mut h: [$word; 8] = $iv;
                h[0] ^= 0x0101_0000 ^ ((key.len() as $word) << 8) ^ out_len as $word;
                let mut pad = [0u8; 16];
                for (i, part) in [salt, person].iter().enumerate() {
                    pad.fill(0);
                    // The caller checked the lengths against the block size.
                    pad[..part.len().min(2 * Self::W)]
                        .copy_from_slice(&part[..part.len().min(2 * Self::W)]);
                    h[4 + 2 * i] ^= Self::word(&pad[..Self::W]);
                    h[5 + 2 * i] ^= Self::word(&pad[Self::W..2 * Self::W]);
                }
                let mut state = $name {
                    h,
                    count: 0,
                    buf: Vec::new(),
                    out_len,
                };
                if !key.is_empty() {
                    let mut block = key.to_vec();
                    block.resize($bytes, 0);
                    state.update(&block);
                }
                state
            }

            fn word(b: &[u8]) -> $word {
                let mut w: $word = 0;
                for (i, &byte) in b.iter().enumerate() {
                    w |= (byte as $word) << (8 * i);
                }
                w
            }

            /// Feed `data`; the last block waits for `finish`.
            pub(crate) fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == $bytes {
                        self.count += $bytes as u128;
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                    }
                    let take = ($bytes - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..take]);
                    data = &data[take..];
                }
            }

            /// The digest of what was fed so far.
            pub(crate) fn finish(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.count += s.buf.len() as u128;
                let mut block = std::mem::take(&mut s.buf);
                block.resize($bytes, 0);
                s.compress(&block, true);
                let mut out = Vec::with_capacity(8 * Self::W);
                for w in s.h {
                    out.extend_from_slice(&w.to_le_bytes());
                }
                out.truncate(self.out_len);
                out
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                let mut m = [0 as $word; 16];
                for (i, chunk) in block.chunks(Self::W).enumerate().take(16) {
                    m[i] = Self::word(chunk);
                }
                let iv: [$word; 8] = $iv;
                let mut v = [0 as $word; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&iv);
                v[12] ^= self.count as $word;
                v[13] ^= (self.count >> (8 * Self::W)) as $word;
                if last {
                    v[14] = !v[14];
                }
                let [r1, r2, r3, r4]: [u32; 4] = $rot;
                let g = |v: &mut [$word; 16],
                         a: usize,
                         b: usize,
                         c: usize,
                         d: usize,
                         x: $word,
                         y: $word| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r4);
                };
                for round in 0..$rounds {
                    let s = &SIGMA[round % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }
        }
    };
}

blake2!(
    Blake2b,
    u64,
    128,
    12,
    [32, 24, 16, 63],
    [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179
    ]
);

blake2!(
    Blake2s,
    u32,
    64,
    10,
    [16, 12, 8, 7],
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19
    ]
);
