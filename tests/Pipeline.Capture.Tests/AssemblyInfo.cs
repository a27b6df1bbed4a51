// The capture tests drive a real X server (Xvfb) and check Unix file modes: they run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
