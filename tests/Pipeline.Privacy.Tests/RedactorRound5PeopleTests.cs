using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// A name written family name first with a comma, as directories, patient records and legal matters write it, found as
/// one name; with the look-alikes that must stay (places with their country, departments, firms, member lists).
/// </summary>
public sealed class RedactorRound5PeopleTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("S:\\HR\\Personnel\\Okonkwo, Chidi\\Contract.pdf", "S:\\HR\\Personnel\\<PERSON>\\Contract.pdf")]
    [InlineData("/srv/hr/leavers/Lindqvist, Astrid/exit-interview.docx", "/srv/hr/leavers/<PERSON>/exit-interview.docx")]
    [InlineData("VAN DER MEULEN, Pieter - Chart - Epic Hyperspace", "<PERSON> - Chart - Epic Hyperspace")]
    [InlineData("Matter 2207-114 Ferreira, Marta v. Brenner Logistics - iManage", "Matter 2207-114 <PERSON> v. <ORG> - iManage")]
    [InlineData("Patient: GARCÍA-LÓPEZ, Elena | Cerner PowerChart", "Patient: <PERSON> | Cerner PowerChart")]
    [InlineData("Onboarding checklist – Haddad, Omar (Finance)", "Onboarding checklist – <PERSON> (Finance)")]
    [InlineData("Nakamura, Kenji.pdf - Adobe Acrobat", "<PERSON>.pdf - Adobe Acrobat")]
    public void Redact_FamilyNameFirstWithComma_OneName(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Paris, France - Weather")]
    [InlineData("Sales, Marketing | Org chart")]
    [InlineData("Reports, Finance\\Q3")]
    [InlineData("Austin, Texas - Google Maps")]
    [InlineData("Terms, Conditions - Privacy")]
    public void Redact_CommaPairWithoutPerson_Kept(string title) => Assert.Equal(title, Redact(title));

    [Theory]
    [InlineData("Amara, Jonas — WhatsApp")]
    public void Redact_TwoGivenNames_NotJoined(string title) =>
        Assert.DoesNotContain(", <PERSON>", Redact(title).Replace("<PERSON>, <PERSON>", "", StringComparison.Ordinal), StringComparison.Ordinal);

    [Theory]
    [InlineData("Inbox - Mozilla Firefox")]
    [InlineData("Messages — Mozilla Firefox")]
    [InlineData("Mail — Safari")]
    [InlineData("Meet - kqz-wxtb-pme — Safari")]
    [InlineData("Slack — Safari")]
    [InlineData("Inbox — Mozilla Thunderbird")]
    [InlineData("Chat | Microsoft Teams - Opera")]
    public void Redact_BrowserNamingItselfAfterConversation_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Chat with Ngozi Eze — Mozilla Firefox", "Chat with <PERSON> — Mozilla Firefox")]
    [InlineData("Inbox - Tomasz Wójcik - Outlook — Safari", "Inbox - <PERSON> - Outlook — Safari")]
    public void Redact_PersonBeforeBrowserSuffix_StillFound(string title, string expected) => Assert.Equal(expected, Redact(title));
}
