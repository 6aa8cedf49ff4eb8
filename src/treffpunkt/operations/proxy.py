"""What Django adds because nginx stands in front of it."""

from django.utils.cache import patch_vary_headers


class CompressedByProxyMiddleware:
    """nginx compresses Django's responses for clients that accept gzip, so they vary by
    Accept-Encoding. Said here, in Django's one Vary header, instead of a second one from nginx."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_vary_headers(response, ["Accept-Encoding"])
        return response
