using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Conversation frames written around a name in scripts without spaces between words, or with the cue after the name:
/// Chinese "与…的聊天", "正在与…通话", "发件人：…"; Korean "…님과 통화 중"; Hindi "… के साथ चैट"; Arabic "محادثة مع …".
/// The word splitter of the native-script pass cannot see these names, because the frame is glued to them.
/// </summary>
internal static partial class PersonDetector
{
    // Chinese words that open a frame before a name glued to it, and the words that close it.
    private static readonly string[] s_hanOpenings = ["正在与", "正在和", "与", "和", "发件人：", "发件人:", "收件人：", "收件人:", "联系人：", "联系人:", "差出人：", "差出人:", "宛先：", "宛先:"];
    private static readonly string[] s_hanClosings = ["的聊天", "的对话", "的会话", "的通话", "的视频通话", "的语音通话", "通话", "视频通话", "语音通话", "聊天", "的会议", "的私聊", "さんとのチャット", "さんとの通話", "さんとの会話"];

    // Korean: a name glued to an honorific and a particle ("한도현님과 통화 중", "서연님의 메시지").
    private static readonly string[] s_hangulClosings = ["님과의", "님과", "님의", "님에게", "님께", "님이", "씨와", "씨의"];

    // Devanagari and Arabic-script frames: the cue after the name (Hindi), or before it (Arabic, Persian, Urdu).
    private static readonly string[] s_cuesAfterNative = [" के साथ ", " से बातचीत", " को संदेश", " کے ساتھ "];
    private static readonly string[] s_cuesBeforeNative = ["محادثة مع ", "مكالمة مع ", "اجتماع مع ", "رسالة من ", "دردشة مع ", "گفتگو با ", "تماس با ", "پیام از "];

    // Messengers of East Asia whose window title is the contact's name beside the app's ("微信 - 陈晓玲").
    private static readonly WordSet s_eastAsianMessengers = WordSet.Of(["微信", "企业微信", "钉钉", "飞书", "QQ", "LINE", "カカオトーク", "카카오톡", "KakaoTalk"]);

    private static void FindNativeFrames(ReadOnlySpan<char> text, ref Findings found)
    {
        FindNameBesideMessenger(text, ref found);
        FindHanFrames(text, ref found);
        FindHangulFrames(text, ref found);
        FindSpacedNativeFrames(text, ref found);
    }

    /// <summary>"微信 - 陈晓玲", "钉钉 · 王磊": a two-segment title, one a messenger and the other two or three Han characters led by a family name (four are the app's own pages, "文件传输").</summary>
    private static void FindNameBesideMessenger(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[8];
        if (Segments(text, bounds) != 2)
        {
            return;
        }

        for (int i = 0; i < 2; i++)
        {
            int start = bounds[i * 2];
            int end = bounds[(i * 2) + 1];
            int other = 1 - i;
            if (!IsOneOf(text[bounds[other * 2]..bounds[(other * 2) + 1]], s_eastAsianMessengers) || end - start is < 2 or > 3)
            {
                continue;
            }

            bool han = true;
            for (int k = start; k < end; k++)
            {
                han &= ScriptOf(text[k]) == NativeScript.Han && text[k] is < '\u3040' or > '\u30FF';
            }

            if (han && NativeNames.IsFamily(text.Slice(start, 1)) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    private static void FindHanFrames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (string opening in s_hanOpenings)
        {
            int at = text.IndexOf(opening, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int start = at + opening.Length;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            // Two to four Han characters, the first a listed family name, then a closing word, a space, '<' or the end.
            int end = start;
            while (end < text.Length && end - start < 5 && ScriptOf(text[end]) == NativeScript.Han && !StartsWithAny(text[end..], s_hanClosings))
            {
                end++;
            }

            bool closed = end >= text.Length || text[end] is ' ' or '<' or '(' || StartsWithAny(text[end..], s_hanClosings);
            bool colon = opening[^1] is ':' or '：';
            if (end - start is >= 2 and <= 4 && closed && (colon || StartsWithAny(text[end..], s_hanClosings))
                && NativeNames.IsFamily(text.Slice(start, 1)) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    private static void FindHangulFrames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (string closing in s_hangulClosings)
        {
            int at = text.IndexOf(closing, StringComparison.Ordinal);
            if (at < 2)
            {
                continue;
            }

            int start = at;
            while (start > 0 && at - start < 4 && ScriptOf(text[start - 1]) == NativeScript.Hangul)
            {
                start--;
            }

            // "한도현" (family and given glued) or "김 서연"; a word before the name would be part of a longer one.
            bool alone = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            if (alone && at - start is 2 or 3 && NativeNames.IsFamily(text.Slice(start, 1)) && !found.Overlaps(start, at))
            {
                found.Add(start, at - start, PiiKind.Person, 3);
            }
        }
    }

    private static void FindSpacedNativeFrames(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (string cue in s_cuesAfterNative)
        {
            int at = text.IndexOf(cue, StringComparison.Ordinal);
            if (at <= 0 || ScriptOf(text[at - 1]) != NativeScript.Uncased && !IsMark(text[at - 1]))
            {
                continue;
            }

            // Up to three words of the same script before the cue, back to the start of the title or its segment.
            int start = at;
            int words = 0;
            while (words < 3)
            {
                int wordStart = start;
                while (wordStart > 0 && (ScriptOf(text[wordStart - 1]) == NativeScript.Uncased || IsMark(text[wordStart - 1])))
                {
                    wordStart--;
                }

                if (wordStart == start)
                {
                    break;
                }

                words++;
                start = wordStart;
                if (words < 3 && start > 1 && text[start - 1] == ' ' && (ScriptOf(text[start - 2]) == NativeScript.Uncased || IsMark(text[start - 2])))
                {
                    start--;
                    continue;
                }

                break;
            }

            if (words is >= 1 and <= 3 && (start == 0 || !IsAlnum(text[start - 1])) && (HasListedNativeWord(text[start..at]) || IsDevanagariPair(text[start..at])) && !found.Overlaps(start, at))
            {
                found.Add(start, at - start, PiiKind.Person, 3);
            }
        }

        foreach (string cue in s_cuesBeforeNative)
        {
            int at = text.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int start = at + cue.Length;
            int end = start;
            int words = 0;
            while (words < 4 && end < text.Length && ScriptOf(text[end]) == NativeScript.Uncased)
            {
                end = NativeWordEnd(text, end, NativeScript.Uncased);
                words++;
                if (At(text, end) == ' ' && ScriptOf(At(text, end + 1)) == NativeScript.Uncased)
                {
                    end++;
                    continue;
                }

                break;
            }

            if (words is >= 1 and <= 4 && end > start && HasListedNativeWord(text[start..end]) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Person, 3);
            }
        }
    }

    // Arabic patronymic particles: "هدى بن سعيد" is a name even when neither part is listed.
    private static readonly WordSet s_arabicNameParticles = WordSet.Of(["بن", "بنت", "ابن", "أبو", "ابو", "عبد"]);

    /// <summary>
    /// Whether a word of the candidate is a listed given or family name, or a patronymic particle: support desks and teams
    /// ("خدمة العملاء", "सहायता टीम") sit in the same frames.
    /// </summary>
    private static bool HasListedNativeWord(ReadOnlySpan<char> words)
    {
        foreach (Range r in words.Split(' '))
        {
            ReadOnlySpan<char> word = words[r];
            if (word.Length > 0 && (NativeNames.IsGiven(word) || NativeNames.IsFamily(word) || IsOneOf(word, s_arabicNameParticles)))
            {
                return true;
            }
        }

        return false;
    }

    // Hindi words for desks, teams and services that take the same frames as people ("सहायता टीम के साथ चैट").
    private static readonly WordSet s_devanagariServiceWords = WordSet.Of(["टीम", "केयर", "सहायता", "सपोर्ट", "ग्राहक", "सेवा", "समूह", "ग्रुप",
        "बॉट", "विभाग", "कार्यालय", "बैंक", "हेल्पडेस्क", "परिवार", "दोस्तों", "मित्रों", "सभी", "एजेंट", "कंपनी"]);

    /// <summary>"इशिता बनर्जी": two Devanagari words, neither a desk, team or service word; the name lists hardly cover the script.</summary>
    private static bool IsDevanagariPair(ReadOnlySpan<char> words)
    {
        int space = words.IndexOf(' ');
        if (space <= 0 || words[(space + 1)..].Contains(' ') || words[0] is < '\u0900' or > '\u097F')
        {
            return false;
        }

        return !IsOneOf(words[..space], s_devanagariServiceWords) && !IsOneOf(words[(space + 1)..], s_devanagariServiceWords);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (string word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
