namespace Pipeline.Capture;

/// <summary>This device's id: random, made once and kept in the state directory, so it says nothing about the machine.</summary>
public static class DeviceIdentity
{
    /// <summary>The file holding the id inside the state directory.</summary>
    public const string FileName = "device-id";

    /// <summary>Reads the device id from <paramref name="stateDirectory"/>, creating one the first time.</summary>
    public static string LoadOrCreate(string stateDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        string path = Path.Combine(stateDirectory, FileName);
        if (File.Exists(path))
        {
            string id = File.ReadAllText(path).Trim();
            if (id.Length > 0)
            {
                return id;
            }
        }

        string created = "dev-" + Guid.NewGuid().ToString("N");
        AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(created));
        return created;
    }
}
