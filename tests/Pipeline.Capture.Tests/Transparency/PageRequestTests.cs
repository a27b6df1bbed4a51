using System.Text;
using Pipeline.Capture.Transparency;

namespace Pipeline.Capture.Tests.Transparency;

public sealed class PageRequestTests
{
    private static Task<PageRequest?> Read(string raw) => PageRequest.ReadAsync(new MemoryStream(Encoding.Latin1.GetBytes(raw)), CancellationToken.None);

    [Fact]
    public async Task ReadAsync_FormPost_PathQueryHeadersCookieAndFields()
    {
        PageRequest? r = await Read("POST /consent/pause?x=1 HTTP/1.1\r\nHost: 127.0.0.1:5000\r\nCookie: a=b; pipeline_ui=tok\r\n" +
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 17\r\n\r\nminutes=30&until=");
        Assert.NotNull(r);
        Assert.Equal(("POST", "/consent/pause"), (r.Method, r.Path));
        Assert.Equal("1", r.Query["x"]);
        Assert.Equal("127.0.0.1:5000", r.Header("HOST"));
        Assert.Equal("tok", r.Cookie("pipeline_ui"));
        Assert.Equal("30", r.Form["minutes"]);
        Assert.Equal("", r.Form["until"]);
    }

    [Fact]
    public async Task ReadAsync_BodyInPieces_ReadToItsLength()
    {
        var pipe = new System.IO.Pipelines.Pipe();
        Task<PageRequest?> reading = PageRequest.ReadAsync(pipe.Reader.AsStream(), CancellationToken.None);
        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes("POST / HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 10\r\n\r\nminu"));
        await Task.Delay(50);
        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes("tes=5"));
        await pipe.Writer.WriteAsync(Encoding.ASCII.GetBytes("0"));
        PageRequest? r = await reading;
        Assert.Equal("50", r!.Form["minutes"]);
    }

    [Theory]
    [InlineData("GET / HTTP/2\r\nHost: h\r\n\r\n")]
    [InlineData("GET http://evil/ HTTP/1.1\r\nHost: h\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: h\r\nHost: h\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n")]
    [InlineData("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n\r\nab")]
    [InlineData("GET / HTTP/1.1\r\nHost: h\r\n")]
    public async Task ReadAsync_NotARequestThePageAnswers_Null(string raw)
    {
        Assert.Null(await Read(raw));
    }

    [Fact]
    public async Task ReadAsync_ClosedBeforeAnyByte_EndOfStreamNotARefusal()
    {
        await Assert.ThrowsAsync<EndOfStreamException>(() => Read(""));
    }

    [Fact]
    public async Task ReadAsync_HeadersPastTheLimit_Null()
    {
        Assert.Null(await Read("GET / HTTP/1.1\r\nX: " + new string('a', PageRequest.MaxHeaderBytes) + "\r\n\r\n"));
    }

    [Fact]
    public async Task Cookie_NamedTwice_NotTaken()
    {
        PageRequest? r = await Read("GET / HTTP/1.1\r\nCookie: pipeline_ui=a; pipeline_ui=b\r\n\r\n");
        Assert.Null(r!.Cookie("pipeline_ui"));
    }
}
