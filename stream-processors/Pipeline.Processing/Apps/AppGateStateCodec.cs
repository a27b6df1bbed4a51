using System.Buffers;
using Pipeline.Processing.State;

namespace Pipeline.Processing.Apps;

/// <summary>
/// The app gate's section of a subject's changelog value (<see cref="SubjectStateCodec.AppGateTag"/>). Verdicts and
/// times only: an application's name is never stored. Little-endian, strings as in <see cref="StateWriter"/>:
/// <code>
/// format:u8 = 1 | devices:i32 × ( device pseudonym:string | marks:i32 × ( time:i64 | allowed:u8 ) )
/// </code>
/// </summary>
internal static class AppGateStateCodec
{
    private const byte Format = 1;

    public static void Write(SubjectFocus state, IBufferWriter<byte> output)
    {
        var w = new StateWriter(output);
        w.Byte(Format);
        w.Int(state.Devices.Count);
        foreach (DeviceFocus device in state.Devices)
        {
            w.String(device.Device);
            w.Int(device.Count);
            foreach (FocusMark mark in device.Marks)
            {
                w.Long(mark.TimeMicros);
                w.Byte(mark.Allowed ? (byte)1 : (byte)0);
            }
        }
    }

    /// <exception cref="InvalidDataException">The section is truncated, has trailing bytes, a bad count or an unknown format.</exception>
    public static SubjectFocus Read(ReadOnlySpan<byte> section)
    {
        var r = new StateReader(section);
        if (r.Byte() != Format)
        {
            throw new InvalidDataException("app gate state has an unknown format");
        }

        var state = new SubjectFocus();
        int devices = r.Count();
        if (devices > SubjectFocus.MaxDevices)
        {
            throw new InvalidDataException("app gate state has a bad count");
        }

        for (int i = 0; i < devices; i++)
        {
            var device = new DeviceFocus(r.String());
            int marks = r.Count();
            if (marks is 0 or > DeviceFocus.Capacity)
            {
                throw new InvalidDataException("app gate state has a bad count");
            }

            for (int m = 0; m < marks; m++)
            {
                device.Record(r.Long(), r.Byte() != 0);
            }

            state.Devices.Add(device);
        }

        r.End();
        return state;
    }
}
