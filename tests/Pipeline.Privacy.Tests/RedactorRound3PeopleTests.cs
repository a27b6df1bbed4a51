using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// People and logins where the context, not a list, says "a person": on-call, incident, support and HR tools,
/// salutations, presenters, invitations, chat senders and group members in any script, names beside a phone number or
/// an IBAN, and personal logins on command lines; with the look-alikes that must stay (service accounts, vendors,
/// agencies, films, folders, sizes and counts in parentheses).
/// </summary>
public sealed class RedactorRound3PeopleTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("ssh rhohaia@10.20.30.40 -p 2200", "ssh <HANDLE>@<IP> -p 2200")]
    [InlineData("ssh -i ~/.ssh/work_ed25519 anong.p@172.16.4.20", "ssh -i ~/.ssh/work_ed25519 <HANDLE>@<IP>")]
    [InlineData("psql -h pg-main -U tngata analytics", "psql -h pg-main -U <HANDLE> analytics")]
    [InlineData("pg_dump --username=vlahtinen -d ledger", "pg_dump --username=<HANDLE> -d ledger")]
    [InlineData("mysql -u a.phrommas -p crm", "mysql -u <HANDLE> -p crm")]
    [InlineData("mysql -unyokabi_g -p shop", "mysql -u<HANDLE> -p shop")]
    [InlineData("podman login quay.io --username sdlamini", "podman login quay.io --username <HANDLE>")]
    [InlineData("sudo -u kettunena -i", "sudo -u <HANDLE> -i")]
    [InlineData("ssh -l rawiri.h bastion-2", "ssh -l <HANDLE> bastion-2")]
    public void Redact_PersonalLoginOnCommandLine_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("psql -h pg-main -U postgres analytics")]
    [InlineData("psql -h pg-main -U app_rw analytics")]
    [InlineData("psql -U etl_readonly -d warehouse")]
    [InlineData("mysql -u svc-reports -p")]
    [InlineData("mysql -u root -p")]
    [InlineData("docker login -u deploy-bot --password-stdin")]
    [InlineData("sudo -u www-data php artisan migrate")]
    [InlineData("sudo -u postgres psql")]
    [InlineData("ssh -l root bastion-2")]
    [InlineData("helm registry login ghcr.io --username ci_runner")]
    [InlineData("mongosh -u grafana_reader --authenticationDatabase admin")]
    public void Redact_ServiceOrRoleLoginOnCommandLine_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("(4) DM: tngata · Slack", "(4) DM: <HANDLE> · Slack")]
    [InlineData("[12] DM: rawiri-h – Slack", "[12] DM: <HANDLE> – Slack")]
    [InlineData("● DM: aune.k | Slack", "● DM: <HANDLE> | Slack")]
    public void Redact_DirectMessageBehindBadge_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("(4) Slack")]
    [InlineData("(2) Threads | Slack")]
    [InlineData("● Activity - Slack")]
    public void Redact_BadgeWithoutDirectMessage_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("[#4411] API latency high · acknowledged by Rawiri Hohaia — PagerDuty", "[#4411] API latency high · acknowledged by <PERSON> — PagerDuty")]
    [InlineData("Incident commander: Anong Phrommas | incident.io", "Incident commander: <PERSON> | incident.io")]
    [InlineData("SEV2 search down — escalated to ሀና ገብሬ", "SEV2 search down — escalated to <PERSON>")]
    [InlineData("Notes by சுதா முருகன் - Otter.ai", "Notes by <PERSON> - Otter.ai")]
    [InlineData("Estate of Väinö Lahtinen – Probate.docx", "Estate of <PERSON> – Probate.docx")]
    public void Redact_UnlistedNameAfterPersonCue_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Re: [HELP-77] Your invoice, Nyokabi | Help Scout", "Re: [HELP-77] Your invoice, <PERSON> | Help Scout")]
    [InlineData("Welcome aboard, Rawiri – Intercom", "Welcome aboard, <PERSON> – Intercom")]
    [InlineData("Re: [T-9] Your replacement, 建华 - Zendesk Support", "Re: [T-9] Your replacement, <PERSON> - Zendesk Support")]
    public void Redact_SalutationWithName_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Your order, shipped – Shop")]
    [InlineData("Thanks, Team | Slack")]
    [InlineData("Your plan, Premium | Spotify")]
    [InlineData("Welcome, Guest · Portal")]
    public void Redact_SalutationWithoutName_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("ሀና ገብሬ (Presenting) - Zoom", "<PERSON> (Presenting) - Zoom")]
    [InlineData("சுதா முருகன் invited you to “Budget” - Google Drive", "<PERSON> invited you to “Budget” - Google Drive")]
    [InlineData("Tui Ngata (E-20931) – Leave balance · BambooHR", "<PERSON> (E-20931) – Leave balance · BambooHR")]
    [InlineData("ሀና ገብሬ: can you send the deck before noon", "<PERSON>: can you send the deck before noon")]
    [InlineData("Rawiri Hohaia: could you check the invoice today", "<PERSON>: could you check the invoice today")]
    [InlineData("Nyokabi's 1-1 notes.docx", "<PERSON>'s 1-1 notes.docx")]
    public void Redact_NameBeforePersonMark_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Jordan (2019) – Film review")]
    [InlineData("Junk Mail (12) – Outlook")]
    [InlineData("Uploading Changelog (2 MB) — 40% complete")]
    [InlineData("Status: green across all regions today")]
    [InlineData("宛先: someone@example.jp | 新規メッセージ")]
    public void Redact_LookAlikeOfPersonMark_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Missed call: +358 40 123 4567 (Aune Kettunen) - Aircall", "Missed call: <PHONE> (<PERSON>) - Aircall")]
    [InlineData("Direct debit · Aune Kettunen · GB33BUKB20201555555555 · Recipients", "Direct debit · <PERSON> · <IBAN> · Recipients")]
    public void Redact_NameBesidePhoneOrIban_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Registro Civil – DNI 12345678Z")]
    [InlineData("Transfer to GB33BUKB20201555555555 - First National")]
    [InlineData("Billing Console · Account 9876-5432-1098 · Cloud")]
    public void Redact_AgencyOrVendorBesideIdentifier_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Signal — Aune, Väinö, ሀና, You", "Signal — <PERSON>, <PERSON>, <PERSON>, You")]
    [InlineData("Tui, Anong and 2 others | Microsoft Teams", "<PERSON>, <PERSON> and 2 others | Microsoft Teams")]
    public void Redact_GroupMembers_OnePersonEach(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Apples, Pears and 3 more | Grocery list")]
    [InlineData("Settings, Privacy, You")]
    public void Redact_ListOfThings_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Offer_Letter_Tui_Ngata_v2.docx", "Offer_Letter_<PERSON>_v2.docx")]
    [InlineData("Lebenslauf-Anouk-van-Dijk-2026.pdf", "Lebenslauf-<PERSON>-2026.pdf")]
    [InlineData("Referral_Rawiri_Hohaia_final.pdf", "Referral_<PERSON>_final.pdf")]
    [InlineData(@"\\fs\Payroll\2026\Aune.Kettunen.pdf", @"\\fs\Payroll\2026\<PERSON>.pdf")]
    [InlineData("HR/Reviews/Tui_Ngata.docx", "HR/Reviews/<PERSON>.docx")]
    public void Redact_UnlistedNameInPersonalFile_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Offer_Letter_Template_Final.docx")]
    [InlineData(@"\\fs01\Payroll\2026\Summary.Report.xlsx")]
    [InlineData("HR/Policies/Travel.Policy.pdf")]
    [InlineData("Resume_Data_Scientist_2026.pdf")]
    [InlineData("Contract_Review_Checklist_v3.docx")]
    public void Redact_PersonalFileWithoutName_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("ngata7 (ሀና ገብሬ) · GitHub", "<HANDLE> (<PERSON>) · GitHub")]
    [InlineData("陈建华 <> Aune Kettunen - weekly sync", "<PERSON> <> <PERSON> - weekly sync")]
    [InlineData("Tui Ngata | Account Manager | Harbour Freight Ltd | +64 9 555 0134", "<PERSON> | Account Manager | <ORG> | <PHONE>")]
    [InlineData("Rückruf bitte: 030 12345678 | Tui Ngata", "Rückruf bitte: <PHONE> | <PERSON>")]
    [InlineData("Rappel : 06 12 34 56 78 — Rawiri Hohaia", "Rappel : <PHONE> — <PERSON>")]
    public void Redact_ProfilePairSignatureOrCallback_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Transfer to 030 12345678 | Tui Ngata")]
    [InlineData("Callback: +1 415 555 0100 – Customer Service")]
    [InlineData("Pricing | Account Manager | Acme")]
    [InlineData("v1.2 <> v1.3 - diff")]
    public void Redact_LookAlikeOfProfilePairSignatureOrCallback_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Appointment — 陈建华 — 12/12/2026 09:30 – Room 2", "Appointment — <PERSON> — 12/12/2026 09:30 – Room 2")]
    [InlineData("Payroll run May 2026 — Tui Ngata — Employee ID E-2201 — Gusto", "Payroll run May 2026 — <PERSON> — Employee ID <ID> — Gusto")]
    [InlineData("Tui Ngata - timesheet week 12.xlsx", "<PERSON> - timesheet week 12.xlsx")]
    [InlineData("T. Ngata – 1-1 notes.docx", "<PERSON> – 1-1 notes.docx")]
    public void Redact_RecordOrFileAboutOnePerson_Person(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Appointment — Dental Cleaning — 12/12/2026 — Clinic")]
    [InlineData("Booking for Grand Hotel — 12/12 — Expedia")]
    [InlineData("Release Notes - timesheet export.xlsx")]
    [InlineData("Chapter One - review 2.docx")]
    public void Redact_RecordOrFileWithoutPerson_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Mali travel advisory | GOV.UK")]
    [InlineData("Chad passport and visa rules – Embassy")]
    [InlineData("Niger river map - Atlas")]
    public void Redact_CountryThatIsAlsoAGivenName_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("Chat with Chad | Slack", "Chat with <PERSON> | Slack")]
    [InlineData("Call with Mali Okoro - Zoom", "Call with <PERSON> - Zoom")]
    public void Redact_CountryNameAfterPersonCue_Person(string title, string expected) => Assert.Equal(expected, Redact(title));
}
