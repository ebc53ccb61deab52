"""Photos print sharp at their printed size and no larger: scaled once, never kept full size."""

from __future__ import annotations

import io
import os

from PIL import Image
from pypdf import PdfReader

from promoplanner.documents import photos
from promoplanner.printing import flyer_proof_pdf
from promoplanner.services.items import update_item

PHONE = (4000, 3000)  # 12 megapixels


def _phone_photo(path, colour=(200, 16, 46)):
    image = Image.effect_noise(PHONE, 30).convert("RGB")
    image.paste(colour, (1000, 800, 3000, 2200))
    image.save(path, "JPEG", quality=90)
    return path


def _embedded_images(pdf: bytes) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page["/Resources"]
        for obj in (resources.get("/XObject") or {}).values():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                sizes.append((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def test_a_phone_photo_is_embedded_at_300_dpi_of_its_card(sale_ctx, snapshot, phase, tmp_path):
    photos.clear_cache()
    p2 = phase(2)
    item = snapshot.items_of(p2.id)[0]
    update_item(sale_ctx, item.id, {"photo": str(_phone_photo(tmp_path / "phone.jpg"))})
    pdf = flyer_proof_pdf(sale_ctx, p2.id)
    (size,) = _embedded_images(pdf)
    # The card's photo box is about 58 × 29 mm: 300 dpi is about 685 × 343 pixels.
    assert size[1] == 343 and 400 < size[0] <= 685
    assert len(pdf) < 1_000_000


def test_the_scaled_photo_is_cached_by_file_and_modification_time(tmp_path):
    photos.clear_cache()
    path = _phone_photo(tmp_path / "p.jpg")
    first = photos.scaled_jpeg(path, (600, 300))
    assert first is not None and photos.scaled_jpeg(path, (600, 300)) is first
    _phone_photo(path, colour=(16, 46, 200))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    second = photos.scaled_jpeg(path, (600, 300))
    assert second is not None and second != first
    with Image.open(io.BytesIO(second)) as image:
        assert image.size == (400, 300) and image.getpixel((200, 150))[2] > 150


def test_the_cache_keeps_to_its_budget(tmp_path, monkeypatch):
    cache = photos._ScaledCache(budget=200_000)
    monkeypatch.setattr(photos, "_CACHE", cache)
    for n in range(12):
        path = tmp_path / f"p{n}.jpg"
        Image.effect_noise((800, 600), 40).convert("RGB").save(path, "JPEG")
        assert photos.scaled_jpeg(path, (400, 300)) is not None
    assert cache.used <= 200_000 and len(cache._items) < 12


def test_a_portrait_photo_stands_upright_and_transparency_is_white(tmp_path):
    photos.clear_cache()
    turned = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° to view", as a phone held upright writes it
    Image.new("RGB", (800, 600), (10, 120, 10)).save(turned, "JPEG", exif=exif)
    with Image.open(io.BytesIO(photos.scaled_jpeg(turned, (400, 400)))) as image:
        assert image.size == (300, 400)
    clear = tmp_path / "clear.png"
    Image.new("RGBA", (100, 100), (0, 0, 0, 0)).save(clear)
    with Image.open(io.BytesIO(photos.scaled_jpeg(clear, (50, 50)))) as image:
        assert min(image.getpixel((25, 25))) > 240
