using System.Runtime.InteropServices;

namespace AidAnalysis.Loading;

/// <summary>
/// The type of the file a path names, symbolic links followed, found without opening it: opening a FIFO
/// blocks until a writer appears, and a device reports length 0 however much it yields.
/// </summary>
internal static class FileKind
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint TypeField = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // stx_mode in struct statx, the same on every Linux architecture

    /// <summary>"a FIFO", "a device", "a socket" when the path names one; null for a regular file, or when the
    /// type cannot be told (not Linux, or the path cannot be examined: opening it will say why).</summary>
    public static string? NonRegular(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        if (Statx(CurrentDirectory, path, 0, TypeField, buffer) != 0) return null;
        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => null,
            0x4000 => "a directory",
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
