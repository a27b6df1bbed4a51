using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>Capitalised pairs in European titles that read like a name but are an institute, a town, a carrier or a team.</summary>
public sealed class MultilingualLookalikesTests
{
    [Theory]
    [InlineData("Instituto Camões — Cursos 2026")]
    [InlineData("Sankt Gallen Hotels 2027")]
    [InlineData("Projets | Équipe Marketing | Microsoft Teams")]
    [InlineData("Abo verlängern · Deutsche Telekom")]
    public void Redact_InstituteTownOrTeam_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", new Redactor().Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Chat with Sophie Laurent - Teams", "Chat with <PERSON> - Teams")]
    public void Redact_NameAfterCue_StillPerson(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));
}
