using Pipeline.Privacy;

namespace Pipeline.Privacy.Tests;

/// <summary>
/// Conversation frames glued to a name (Chinese, Korean) or with the cue after it (Hindi) or before it (Arabic), and
/// the desks and teams that sit in the same frames and stay.
/// </summary>
public sealed class NativeNameFramesTests
{
    [Theory]
    [InlineData("与王海燕的聊天 - 企业微信", "与<PERSON>的聊天 - 企业微信")]
    [InlineData("正在与李建国通话 | 腾讯会议", "正在与<PERSON>通话 | 腾讯会议")]
    [InlineData("发件人：刘芳 <fang.liu@example.cn> - QQ邮箱", "发件人：<PERSON> <<EMAIL>> - QQ邮箱")]
    [InlineData("김하늘님과 통화 중", "<PERSON>님과 통화 중")]
    [InlineData("राहुल शर्मा के साथ चैट | WhatsApp", "<PERSON> के साथ चैट | WhatsApp")]
    [InlineData("محادثة مع سلمى بنت خالد • WhatsApp", "محادثة مع <PERSON> • WhatsApp")]
    [InlineData("Obrolan dengan Budi Hartono · WhatsApp", "Obrolan dengan <PERSON> · WhatsApp")]
    [InlineData("钉钉 - 王海燕", "钉钉 - <PERSON>")]
    public void Redact_NativeConversationFrame_Person(string title, string expected) => Assert.Equal(expected, new Redactor().Redact(title));

    [Theory]
    [InlineData("与客服的聊天 - 企业微信")]
    [InlineData("正在与项目组通话 | 腾讯会议")]
    [InlineData("고객센터님과 통화 중")]
    [InlineData("ग्राहक सेवा के साथ चैट | WhatsApp")]
    [InlineData("محادثة مع الدعم الفني | Careem")]
    [InlineData("微信 - 文件传输")]
    [InlineData("微信 - 通讯录")]
    public void Redact_DeskOrTeamInConversationFrame_NoPerson(string title) =>
        Assert.DoesNotContain("<PERSON>", new Redactor().Redact(title), StringComparison.Ordinal);
}
