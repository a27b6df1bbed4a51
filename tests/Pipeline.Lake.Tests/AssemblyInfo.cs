// The lake's permission and crash tests are POSIX by nature (modes, umask, SIGKILL).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
