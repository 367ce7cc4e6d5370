using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Home;

[AllowAnonymous]
public sealed class PrivacyModel : PageModel;
