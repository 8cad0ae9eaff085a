// Compression settings shared by every body the service keeps compressed (and by the bench's plain baseline).
import { constants } from 'node:zlib'

/**
 * Brotli at quality 9 with a window no larger than the body needs: 2^lgwin - 16 bytes cover it, from 1 KB up to the
 * default 4 MB. At the default window, quality 9 allocates a 32 MB hash table for every body however small: compressing
 * 8 KB of JSON took 7 ms instead of 0.3 ms, and the allocator kept the memory it had grown for the table. A window that
 * covers the whole body finds the same matches.
 */
export function brotliOptions (length: number) {
  const window = Math.min(constants.BROTLI_DEFAULT_WINDOW, Math.max(constants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(length + 16))))
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_SIZE_HINT]: length,
      [constants.BROTLI_PARAM_LGWIN]: window,
    },
  }
}
