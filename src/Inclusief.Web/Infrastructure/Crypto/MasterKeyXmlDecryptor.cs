using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Inclusief.Web.Infrastructure.Crypto;

/// <summary>Created by Data Protection through its service provider whenever it reads a wrapped key.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var masterKey = services.GetRequiredService<MasterKey>();
        var value = encryptedElement.Element("value")?.Value
            ?? throw new InvalidOperationException("Wrapped key has no value.");
        return XElement.Parse(Encoding.UTF8.GetString(masterKey.Open(Convert.FromBase64String(value))));
    }
}
