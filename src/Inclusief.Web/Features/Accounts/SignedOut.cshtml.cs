using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

[AllowAnonymous]
public sealed class SignedOutModel : PageModel;
