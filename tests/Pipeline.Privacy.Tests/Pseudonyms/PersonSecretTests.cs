using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Privacy.Tests.Pseudonyms;

public sealed class PersonSecretTests
{
    [Fact]
    public void Create_TwiceForOneId_TwoDifferentSecrets()
    {
        PersonSecret first = PersonSecret.Create("erin");
        PersonSecret second = PersonSecret.Create("erin");

        Assert.Equal(PersonSecret.SecretBytes, first.Value.Length);
        Assert.False(first.Value.SequenceEqual(second.Value));
        Assert.Equal("erin", first.Subject);
    }

    [Fact]
    public void Constructor_SecretOfWrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PersonSecret("erin", new byte[16]));
        Assert.Throws<ArgumentException>(() => new PersonSecret("", new byte[PersonSecret.SecretBytes]));
    }
}
