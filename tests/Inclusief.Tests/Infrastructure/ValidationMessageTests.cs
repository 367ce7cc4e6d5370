using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Xml.Linq;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Tests.Infrastructure;

public sealed class ValidationMessageTests
{
    private static IEnumerable<(string Where, ValidationAttribute Attribute)> Attributes() =>
        typeof(ValidationMessages).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>().Select(a => ($"{p.DeclaringType!.Name}.{p.Name}", a)));

    private static IEnumerable<string> Defaults() =>
        typeof(ValidationMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Every_validation_attribute_has_a_Dutch_message_of_its_own_or_the_default_for_its_kind()
    {
        var attributes = Attributes().ToList();
        var withoutMessage = attributes
            .Where(x => !ValidationMessages.HasOwnMessage(x.Attribute) && x.Attribute.GetType() != typeof(DataTypeAttribute) && ValidationMessages.DefaultFor(x.Attribute) is null)
            .Select(x => $"{x.Where}: {x.Attribute.GetType().Name}").ToList();

        Assert.True(attributes.Count > 100, $"only {attributes.Count} attributes found");
        Assert.True(withoutMessage.Count == 0, "Would show the framework's English text:\n" + string.Join("\n", withoutMessage));
    }

    [Fact]
    public void No_attribute_writes_out_the_default_message_again()
    {
        var defaults = Defaults().ToHashSet();
        var repeated = Attributes().Where(x => ValidationMessages.HasOwnMessage(x.Attribute) && defaults.Contains(x.Attribute.ErrorMessage!)).Select(x => x.Where).ToList();

        Assert.True(repeated.Count == 0, "Repeats a default message:\n" + string.Join("\n", repeated));
    }

    [Fact]
    public void Every_default_message_has_an_English_translation()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Inclusief.slnx")))
        {
            directory = directory.Parent;
        }
        var translated = XDocument.Load(Path.Combine(directory.FullName, "src", "Inclusief.Web", "Resources", "SharedResource.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        Assert.DoesNotContain(Defaults(), d => !translated.Contains(d));
    }
}
