namespace Pipeline.Capture.Tests;

/// <summary>Tests on the one Xvfb display run one after another: input on a display is global.</summary>
[CollectionDefinition(Name)]
public sealed class XDisplayCollection : ICollectionFixture<XvfbDisplay>
{
    public const string Name = "X display";
}
