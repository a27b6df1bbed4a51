using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Pipeline.TestSupport;

/// <summary>
/// The real <c>pipeline</c> host as a child process, for tests that use it the way operators do: read its
/// stdout line by line, send it SIGTERM, or SIGKILL it mid-write. Runs the executable's own build output
/// (<c>host/Pipeline.Cli/bin/&lt;configuration&gt;</c>); a test project that uses this lists Pipeline.Cli as a build
/// dependency only (<c>ReferenceOutputAssembly="false"</c>), so no test code can reach into the executable.
/// </summary>
public sealed class PipelineProcess : IDisposable
{
    private readonly Process _process;
    private readonly BlockingCollection<string> _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _allStdout = new();

    private PipelineProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything written to stderr so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Everything written to stdout so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_allStdout)
            {
                return _allStdout.ToString();
            }
        }
    }

    /// <summary>
    /// Path of the executable's entry assembly, built in the same configuration as the running tests: the tests run
    /// from <c>tests/X/bin/&lt;configuration&gt;/&lt;framework&gt;/</c>, the host from <c>host/Pipeline.Cli/bin/…</c> beside them.
    /// </summary>
    public static string HostAssembly
    {
        get
        {
            var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            string framework = testOutput.Name;
            string configuration = testOutput.Parent!.Name;
            DirectoryInfo? root = testOutput;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Pipeline.sln")))
            {
                root = root.Parent;
            }

            if (root is null)
            {
                throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}: cannot find the pipeline host");
            }

            string path = Path.Combine(root.FullName, "host", "Pipeline.Cli", "bin", configuration, framework, "pipeline.dll");
            return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: build host/Pipeline.Cli ({configuration}) first");
        }
    }

    /// <summary>Starts <c>dotnet pipeline.dll ARGS</c> with an isolated state directory and extra environment.</summary>
    public static PipelineProcess Start(IEnumerable<string> args, string stateHome, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        info.ArgumentList.Add(HostAssembly);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["XDG_STATE_HOME"] = stateHome;
        info.Environment["DOTNET_NOLOGO"] = "1";
        if (environment is not null)
        {
            foreach (KeyValuePair<string, string> pair in environment)
            {
                info.Environment[pair.Key] = pair.Value;
            }
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var result = new PipelineProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                result._stdout.CompleteAdding();
                return;
            }

            lock (result._allStdout)
            {
                result._allStdout.AppendLine(e.Data);
            }

            result._stdout.Add(e.Data);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (result._stderr)
                {
                    result._stderr.AppendLine(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>Waits for a stdout line that starts with <paramref name="prefix"/> and returns the rest of it.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            foreach (string line in _stdout.GetConsumingEnumerable(cts.Token))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line[prefix.Length..].Trim();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // fall through to the failure below
        }

        throw new TimeoutException($"no stdout line starting with '{prefix}' within {timeout}; stderr:\n{StandardError}");
    }

    /// <summary>Sends a POSIX signal (e.g. 15 for SIGTERM, 9 for SIGKILL) to the host; nothing once it has exited.</summary>
    /// <remarks>
    /// An exited host has been reaped and its process id is free for the next process to start (pid_max is 32768 on
    /// the shared machine, where processes start by the thousand), so a signal sent by id after the exit could hit
    /// another process, even the test host. SIGKILL goes through <see cref="Process.Kill()"/>, which knows its child.
    /// </remarks>
    public void Signal(int signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (signal == 9)
        {
            _process.Kill();
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {_process.Id}") { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for exit and returns the exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            throw new TimeoutException($"pipeline did not exit within {timeout}; stderr:\n{StandardError}");
        }

        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _stdout.Dispose();
    }
}
