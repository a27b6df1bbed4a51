using System.Globalization;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources.X11;

/// <summary>
/// Turns an X keysym into a key class. The keysym is an argument and nothing else: it is not stored, returned or
/// logged, so the key's identity ends here.
/// </summary>
internal static class KeysymClassifier
{
    public static KeyClass Classify(nuint keysym)
    {
        ulong k = keysym;
        if (k == 0x20)
        {
            return KeyClass.Space;
        }

        if (k is >= 0x30 and <= 0x39 or >= 0xffb0 and <= 0xffb9)
        {
            return KeyClass.Digit;
        }

        if (k is >= 0x41 and <= 0x5a or >= 0x61 and <= 0x7a or >= 0xc0 and <= 0xff and not 0xd7 and not 0xf7)
        {
            return KeyClass.Letter;
        }

        if (k is >= 0x21 and <= 0x7e or >= 0xa0 and <= 0xbf or 0xd7 or 0xf7 or >= 0xffaa and <= 0xffaf or 0xffbd)
        {
            return KeyClass.Punctuation;
        }

        if (k is >= 0xffe1 and <= 0xffee or >= 0xfe01 and <= 0xfe13 or 0xff7e or 0xff7f or 0xff14)
        {
            // Shift, Control, Meta, Alt, Super, Hyper, Caps/Shift Lock, ISO level shifts, Mode_switch, Num_Lock, Scroll_Lock.
            return KeyClass.Modifier;
        }

        if (k is >= 0xff50 and <= 0xff58 or >= 0xff95 and <= 0xff9c or 0xff09 or 0xfe20)
        {
            // Home, arrows, Page Up/Down, End, Begin (and keypad ones), Tab, ISO_Left_Tab.
            return KeyClass.Navigation;
        }

        if (k is 0xff08 or 0xff0d or 0xffff or 0xff63 or 0xff8d or 0xff9e or 0xff9f or 0xff65 or 0xff66)
        {
            // BackSpace, Return, Delete, Insert, KP_Enter, KP_Insert, KP_Delete, Undo, Redo.
            return KeyClass.Editing;
        }

        if (k is >= 0xffbe and <= 0xffe0)
        {
            return KeyClass.Function;
        }

        if (k is >= 0x0100_0000 and <= 0x0110_ffff)
        {
            // Unicode keysyms: the class of the character, which is not kept.
            int codepoint = (int)(k - 0x0100_0000);
            if (codepoint > 0xffff)
            {
                return KeyClass.Other;
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory((char)codepoint);
            return category switch
            {
                UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                    or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => KeyClass.Letter,
                UnicodeCategory.DecimalDigitNumber => KeyClass.Digit,
                UnicodeCategory.SpaceSeparator => KeyClass.Space,
                _ when char.IsPunctuation((char)codepoint) || char.IsSymbol((char)codepoint) => KeyClass.Punctuation,
                _ => KeyClass.Other,
            };
        }

        if (k is >= 0x100 and <= 0x0fff)
        {
            // Legacy keysym sets for Latin-2 to Greek, Cyrillic, Arabic, Hebrew, Thai, Korean: letters.
            return KeyClass.Letter;
        }

        return KeyClass.Other;
    }
}
