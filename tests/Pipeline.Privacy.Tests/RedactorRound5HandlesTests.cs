using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Logins where a system writes them without a sigil: a profile folder in a file manager's breadcrumb in the system's
/// language, a login at a machine named by its IPv4 address, a kubeconfig user, a PowerShell prompt's home folder;
/// with the look-alikes that must stay (shared and role profiles, admin-console pages, versions, web breadcrumbs).
/// </summary>
public sealed class RedactorRound5HandlesTests
{
    private static string Redact(string title) => new Redactor().Redact(title);

    [Theory]
    [InlineData("This PC > Local Disk (C:) > Users > okwu.n > Downloads", "This PC > Local Disk (C:) > Users > <HANDLE> > Downloads")]
    [InlineData("Dieser PC > Windows (C:) > Benutzer > lhartig > Dokumente", "Dieser PC > Windows (C:) > Benutzer > <HANDLE> > Dokumente")]
    [InlineData("Ce PC > Disque local (C:) > Utilisateurs > m-dufresne > Bureau", "Ce PC > Disque local (C:) > Utilisateurs > <HANDLE> > Bureau")]
    [InlineData("Este equipo › Disco local (C:) › Usuarios › jqramos84 › Descargas", "Este equipo › Disco local (C:) › Usuarios › <HANDLE> › Descargas")]
    [InlineData("Deze pc > OS (C:) > Gebruikers > tvdberg", "Deze pc > OS (C:) > Gebruikers > <HANDLE>")]
    [InlineData("Questo PC > Utenti > gferri_91 > Immagini", "Questo PC > Utenti > <HANDLE> > Immagini")]
    [InlineData("Macintosh HD > Users > sokchea > Desktop", "Macintosh HD > Users > <HANDLE> > Desktop")]
    public void Redact_ProfileFolderInBreadcrumb_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("Admin > Users > Roles")]
    [InlineData("Settings > Users > invite")]
    [InlineData("Home > Products > Shoes")]
    [InlineData("This PC > Local Disk (C:) > Users > Public > Documents")]
    [InlineData("Dieser PC > Windows (C:) > Benutzer > Administrator > Desktop")]
    [InlineData("This PC > Local Disk (C:) > Users > reception > Scans")]
    [InlineData("Console > Users > groups")]
    public void Redact_BreadcrumbWithoutProfile_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("outbox - kwame-asante@10.12.0.41 - WinSCP", "outbox - <HANDLE>@<IP> - WinSCP")]
    [InlineData("mhoang@192.168.1.20:~$", "<HANDLE>@<IP>:~$")]
    [InlineData("[sv.iyer@172.16.9.3 logs]$ tail -f app.log", "[<HANDLE>@<IP> logs]$ tail -f app.log")]
    [InlineData("Cyberduck – rtanaka@10.0.7.250", "Cyberduck – <HANDLE>@<IP>")]
    public void Redact_LoginAtMachineByAddress_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("uploads - files@10.12.0.41 - WinSCP")]
    [InlineData("root@10.0.0.5:~#")]
    [InlineData("npm install left-pad@1.3.0")]
    [InlineData("agent build 2.4.1.7 @ 10:42")]
    public void Redact_ServiceLoginOrVersionAtAddress_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("kubectl config set-credentials aokafor --auth-provider=oidc", "kubectl config set-credentials <HANDLE> --auth-provider=oidc")]
    [InlineData("kubectl config set-context dev --cluster=eks-dev --user=lpetrov", "kubectl config set-context dev --cluster=eks-dev --user=<HANDLE>")]
    [InlineData("kubectl config set-context staging --user mwanjiru --namespace=web", "kubectl config set-context staging --user <HANDLE> --namespace=web")]
    public void Redact_KubeconfigUser_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("kubectl config set-credentials ci-deployer --token=$TOKEN")]
    [InlineData("kubectl config set-credentials admin --client-certificate=admin.crt")]
    [InlineData("kubectl config set-context prod --user=svc-argocd")]
    [InlineData("kubectl config use-context prod")]
    public void Redact_KubeconfigServiceUser_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);

    [Theory]
    [InlineData("PS C:\\Users\\dnkosi> git status", "PS C:\\Users\\<HANDLE>> git status")]
    [InlineData("Windows PowerShell - PS C:\\Users\\ayaka.m>", "Windows PowerShell - PS C:\\Users\\<HANDLE>>")]
    public void Redact_PowerShellHomeFolder_Handle(string title, string expected) => Assert.Equal(expected, Redact(title));

    [Theory]
    [InlineData("PS C:\\Users\\Owner\\Documents>")]
    [InlineData("C:\\Users\\All Users\\Microsoft\\Windows")]
    [InlineData("C:\\Users\\Kiosk\\AppData\\Local")]
    [InlineData("scp report.pdf transfer@files-01:/inbox/")]
    public void Redact_SharedProfile_NoHandle(string title) =>
        Assert.DoesNotContain("<HANDLE>", Redact(title), StringComparison.Ordinal);
}
