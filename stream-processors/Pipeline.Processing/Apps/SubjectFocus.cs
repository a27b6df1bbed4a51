namespace Pipeline.Processing.Apps;

/// <summary>The app gate's state for one subject pseudonym: the focus of each of their devices.</summary>
internal sealed class SubjectFocus
{
    /// <summary>
    /// Devices kept per subject: sixteen is more workstations than a person uses; past it the device whose last focus
    /// change is oldest is forgotten (its next events are dropped until it reports a focus again).
    /// </summary>
    public const int MaxDevices = 16;

    public List<DeviceFocus> Devices { get; } = [];

    public DeviceFocus? Find(string device)
    {
        foreach (DeviceFocus d in Devices)
        {
            if (string.Equals(d.Device, device, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>Adds a device, forgetting the least recently focused one when the subject has <see cref="MaxDevices"/>.</summary>
    public void Add(DeviceFocus device)
    {
        if (Devices.Count >= MaxDevices)
        {
            int oldest = 0;
            for (int i = 1; i < Devices.Count; i++)
            {
                if (Devices[i].LatestMicros < Devices[oldest].LatestMicros)
                {
                    oldest = i;
                }
            }

            Devices.RemoveAt(oldest);
        }

        Devices.Add(device);
    }

    public bool Remove(string device, out DeviceFocus? removed)
    {
        for (int i = 0; i < Devices.Count; i++)
        {
            if (string.Equals(Devices[i].Device, device, StringComparison.Ordinal))
            {
                removed = Devices[i];
                Devices.RemoveAt(i);
                return true;
            }
        }

        removed = null;
        return false;
    }
}
