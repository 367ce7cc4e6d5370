// Crash-run client. "write": visitors register for an event, file complaints and safety reports until the app
// stops answering, and append every write that got its success answer to a file at once (the proof a visitor
// has). "verify": after the restart, every receipt code from that file must open its own complaint or report.
//   dotnet run tests/crash/writers.cs -- write  http://127.0.0.1:5000 EVENT-ID CLIENTS OK-FILE
//   dotnet run tests/crash/writers.cs -- verify http://127.0.0.1:5000 OK-FILE
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var mode = args[0];
var baseUrl = new Uri(args[1]);
var token = new Regex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
var key = new Regex("name=\"Input.SubmissionKey\" value=\"([^\"]+)\"");
var receipt = new Regex("data-testid=\"receipt\">([0-9 ]+)<");

HttpClient Visitor() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };

async Task<(string Token, string Key)> FormAsync(HttpClient visitor, string page)
{
    var html = await visitor.GetStringAsync(page);
    return (WebUtility.HtmlDecode(token.Match(html).Groups[1].Value), key.Match(html).Groups[1].Value);
}

if (mode == "write")
{
    var eventId = args[2];
    var clients = int.Parse(args[3], CultureInfo.InvariantCulture);
    using var ok = new StreamWriter(args[4], append: true) { AutoFlush = true };
    var gate = new object();
    void Record(string line)
    {
        lock (gate)
        {
            ok.WriteLine(line);
        }
    }
    var run = Guid.NewGuid().ToString("N")[..6];
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
    {
        var failures = 0;
        for (var i = 0; failures < 3; i++)
        {
            using var visitor = Visitor();
            try
            {
                switch (i % 3)
                {
                    case 0:
                        var email = $"crash-{run}-{client}-{i}@example.org";
                        var form = await FormAsync(visitor, $"/Events/Register/{eventId}");
                        using (var response = await visitor.PostAsync($"/Events/Register/{eventId}", new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["Input.Name"] = $"Bezoeker {client}-{i}", ["Input.Email"] = email, ["Input.Consent"] = "true", ["__RequestVerificationToken"] = form.Token,
                        })))
                        {
                            // A refusal shows the form again; a registration goes on to the event page with its notice.
                            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/Events/Details/", StringComparison.Ordinal) == true)
                            {
                                Record($"registration {email}");
                            }
                        }
                        break;
                    case 1:
                        var narrative = $"Klacht {run}-{client}-{i}: mijn rekening is opgezegd.";
                        var complaint = await FormAsync(visitor, "/Complaints");
                        using (var response = await visitor.PostAsync("/Complaints", new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["Input.SubmissionKey"] = complaint.Key, ["Input.Narrative"] = narrative, ["Input.Category"] = "BankAccount", ["Input.OrganisationKind"] = "BankOrPaymentProvider",
                            ["Input.OrganisationName"] = "Voorbeeldbank", ["Input.Wish"] = "IndividualSupport", ["__RequestVerificationToken"] = complaint.Token,
                        })))
                        {
                            var code = receipt.Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
                            if (response.StatusCode == HttpStatusCode.OK && code.Length > 0)
                            {
                                Record($"complaint {code.Replace(" ", "", StringComparison.Ordinal)} {narrative}");
                            }
                        }
                        break;
                    default:
                        var report = await FormAsync(visitor, "/Safety/Report");
                        using (var response = await visitor.PostAsync("/Safety/Report", new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["Input.SubmissionKey"] = report.Key, ["Input.Type"] = "PhysicalViolence", ["Input.Region"] = "Zuid-Holland", ["Input.Narrative"] = $"Melding {run}-{client}-{i}",
                            ["Input.Contact"] = "", ["__RequestVerificationToken"] = report.Token,
                        })))
                        {
                            var code = receipt.Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
                            if (response.StatusCode == HttpStatusCode.OK && code.Length > 0)
                            {
                                Record($"report {code.Replace(" ", "", StringComparison.Ordinal)}");
                            }
                        }
                        break;
                }
                failures = 0;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                failures++;
                await Task.Delay(200);
            }
        }
    }));
    return 0;
}

var problems = new ConcurrentBag<string>();
var lines = File.ReadAllLines(args[2]);
using var throttle = new SemaphoreSlim(8);
await Task.WhenAll(lines.Where(l => !l.StartsWith("registration ", StringComparison.Ordinal)).Select(async line =>
{
    await throttle.WaitAsync();
    try
    {
        var parts = line.Split(' ', 3);
        var page = parts[0] == "complaint" ? "/Complaints/FollowUp" : "/Safety/FollowUp";
        using var visitor = Visitor();
        var form = await FormAsync(visitor, page);
        using var response = await visitor.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = parts[1], ["__RequestVerificationToken"] = form.Token }));
        var html = await response.Content.ReadAsStringAsync();
        if (!html.Contains("data-testid=\"status\"", StringComparison.Ordinal) || (parts[0] == "complaint" && !html.Contains(WebUtility.HtmlEncode(parts[2]), StringComparison.Ordinal)))
        {
            problems.Add($"{parts[0]} {parts[1]} does not open after the restart ({(int)response.StatusCode})");
        }
    }
    finally
    {
        throttle.Release();
    }
}));
foreach (var problem in problems)
{
    Console.WriteLine(problem);
}
return problems.IsEmpty ? 0 : 1;
