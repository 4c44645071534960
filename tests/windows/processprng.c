/* For the Wine check only, never shipped: Rust's standard library imports ProcessPrng from
 * bcryptprimitives.dll (present on Windows 10 and 11), which Debian 12's Wine 8.0 lacks. This
 * stand-in, put beside the .exe under test, gives the same random bytes through RtlGenRandom. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG piece = length > 0x7fffffff ? 0x7fffffff : (ULONG)length;
        if (!RtlGenRandom(data, piece))
            return FALSE;
        data += piece;
        length -= piece;
    }
    return TRUE;
}
