using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

// A browser or mail client names itself at the end of every window title it draws ("Inbox — Mozilla Firefox",
// "Meet — Safari"); after a conversation segment the frames would read it as the sender. The suffix is claimed before
// names are looked for, so no frame takes it.
internal static partial class PersonDetector
{
    private static readonly WordSet s_browserSuffixes = WordSet.Of(
        ["Mozilla Firefox", "Firefox", "Firefox Developer Edition", "Firefox Nightly", "Firefox Beta", "Google Chrome", "Chrome",
         "Google Chrome Beta", "Google Chrome Canary", "Chromium", "Microsoft Edge", "Microsoft\u200b Edge", "Edge", "Microsoft Edge Beta",
         "Safari", "Safari Technology Preview", "Opera", "Opera GX", "Vivaldi", "Brave", "Arc", "Tor Browser", "Waterfox", "LibreWolf",
         "Floorp", "Zen Browser", "Yandex Browser", "Yandex", "Samsung Internet", "DuckDuckGo", "Mozilla Thunderbird", "Thunderbird",
         "Epiphany", "GNOME Web", "Konqueror", "Falkon", "Midori", "Pale Moon", "SeaMonkey", "Maxthon", "Whale", "Naver Whale",
         "UC Browser", "QQ Browser", "Sogou Explorer", "360 Secure Browser", "Internet Explorer", "Sidekick", "Orion", "Mullvad Browser"]);

    private static void ClaimBrowserSuffix(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = text.Length - 2; i > 0; i--)
        {
            if (text[i - 1] == ' ' && At(text, i + 1) == ' ' && IsSegmentSeparator(text, i))
            {
                int start = i + 2;
                if (s_browserSuffixes.Contains(text[start..].TrimEnd()))
                {
                    found.Claim(start, text.Length);
                }

                return;
            }
        }
    }
}
