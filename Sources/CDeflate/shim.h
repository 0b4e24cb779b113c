/* zlib's deflate and crc32, for the .docx writer's own zip (LKjIPDocx/ZipWriter). */
#include <zlib.h>
