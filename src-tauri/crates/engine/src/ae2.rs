//! Every encrypted entry as WinZip AE-2. The zip crate marks an AES entry of 20 bytes or more
//! that it writes to a seekable file as AE-1, which keeps the CRC-32 of the entry's plain text
//! in the clear, in its local header and in the central directory: anyone holding the archive
//! but not the password could confirm guesses of a short record offline. (It keeps AE-2 only
//! for entries written with a data descriptor, to a file it cannot seek in; the archive writer
//! seeks, to checkpoint and continue.)
//!
//! So once the crate has written the central directory (at a checkpoint, and at the end),
//! [`seal`] makes every AES entry AE-2: vendor version 2 in its `0x9901` extra field and a
//! CRC-32 of 0, in its local header and in its central directory record. Nothing else
//! changes: the encrypted bytes and their authentication code (HMAC-SHA1 over the encrypted
//! bytes) stay as written, and a reader checks that code instead of a CRC-32 for AE-2.

use std::io::{self, Read, Seek, SeekFrom, Write};

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END: u32 = 0x0605_4b50;
const ZIP64_END: u32 = 0x0606_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
/// The WinZip AES extra field.
const AES_FIELD: u16 = 0x9901;
const ZIP64_FIELD: u16 = 0x0001;
const AE_2: u16 = 2;
/// The size of the end of central directory record without its comment.
const END_SIZE: usize = 22;

fn u16_at(bytes: &[u8], at: usize) -> io::Result<u16> {
    bytes
        .get(at..at + 2)
        .map(|b| u16::from_le_bytes([b[0], b[1]]))
        .ok_or_else(|| broken("a record is cut short"))
}

fn u32_at(bytes: &[u8], at: usize) -> io::Result<u32> {
    bytes
        .get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .ok_or_else(|| broken("a record is cut short"))
}

fn u64_at(bytes: &[u8], at: usize) -> io::Result<u64> {
    let low = u64::from(u32_at(bytes, at)?);
    let high = u64::from(u32_at(bytes, at + 4)?);
    Ok(low | (high << 32))
}

fn broken(what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the zip just written cannot be read back: {what}"),
    )
}

fn read_at<F: Read + Seek>(file: &mut F, at: u64, len: usize) -> io::Result<Vec<u8>> {
    let mut bytes = vec![0u8; len];
    file.seek(SeekFrom::Start(at))?;
    file.read_exact(&mut bytes)?;
    Ok(bytes)
}

fn write_at<F: Write + Seek>(file: &mut F, at: u64, bytes: &[u8]) -> io::Result<()> {
    file.seek(SeekFrom::Start(at))?;
    file.write_all(bytes)
}

/// The extra fields in `extra`: (header id, where its data starts, its data's length).
fn fields(extra: &[u8]) -> io::Result<Vec<(u16, usize, usize)>> {
    let mut found = Vec::new();
    let mut at = 0;
    while at + 4 <= extra.len() {
        let id = u16_at(extra, at)?;
        let len = usize::from(u16_at(extra, at + 2)?);
        if at + 4 + len > extra.len() {
            return Err(broken("an extra field runs past its header"));
        }
        found.push((id, at + 4, len));
        at += 4 + len;
    }
    Ok(found)
}

/// Where the central directory is (offset, size), from the end records of the zip whose last
/// byte is at `end`.
fn directory<F: Read + Seek>(file: &mut F, end: u64) -> io::Result<(u64, u64)> {
    let tail_len = end.min((END_SIZE + usize::from(u16::MAX)) as u64);
    let tail_start = end - tail_len;
    let tail = read_at(file, tail_start, usize::try_from(tail_len).unwrap_or(0))?;
    // The last end record with its comment before the end (the crate may leave filler after
    // it, never another record).
    let at = (0..=tail.len().saturating_sub(END_SIZE))
        .rev()
        .find(|&at| {
            u32_at(&tail, at).is_ok_and(|sig| sig == END)
                && u16_at(&tail, at + 20)
                    .is_ok_and(|comment| at + END_SIZE + usize::from(comment) <= tail.len())
        })
        .ok_or_else(|| broken("no end of central directory"))?;
    let end_record = tail_start + at as u64;
    // A ZIP64 locator just before it names the ZIP64 end record, which has the full values.
    if end_record >= 20 {
        let locator = read_at(file, end_record - 20, 20)?;
        if u32_at(&locator, 0)? == ZIP64_LOCATOR {
            let zip64_end = read_at(file, u64_at(&locator, 8)?, 56)?;
            if u32_at(&zip64_end, 0)? != ZIP64_END {
                return Err(broken("no ZIP64 end of central directory"));
            }
            return Ok((u64_at(&zip64_end, 48)?, u64_at(&zip64_end, 40)?));
        }
    }
    Ok((
        u64::from(u32_at(&tail, at + 16)?),
        u64::from(u32_at(&tail, at + 12)?),
    ))
}

/// Makes every AES entry of the complete zip in `file` (its last byte at `end`) AE-2 with a
/// CRC-32 of 0, in its local header and its central directory record; entries that are so
/// already, and entries that are not encrypted, are left as they are. Returns how many entries
/// it changed. The file is left positioned at `end`.
pub(crate) fn seal<F: Read + Write + Seek>(file: &mut F, end: u64) -> io::Result<usize> {
    let (cd_offset, cd_size) = directory(file, end)?;
    let mut cd = read_at(file, cd_offset, usize::try_from(cd_size).unwrap_or(0))?;
    let mut changed = 0;
    let mut at = 0;
    while at < cd.len() {
        if u32_at(&cd, at)? != CENTRAL_HEADER {
            return Err(broken("a central directory record has no signature"));
        }
        let name_len = usize::from(u16_at(&cd, at + 28)?);
        let extra_len = usize::from(u16_at(&cd, at + 30)?);
        let comment_len = usize::from(u16_at(&cd, at + 32)?);
        let extra_at = at + 46 + name_len;
        let extra = cd
            .get(extra_at..extra_at + extra_len)
            .ok_or_else(|| broken("a central directory record is cut short"))?;
        let fields = fields(extra)?;
        let aes = fields
            .iter()
            .find(|(id, _, len)| *id == AES_FIELD && *len >= 2);
        if let Some(&(_, data, _)) = aes {
            let vendor = extra_at + data;
            if u16_at(&cd, vendor)? != AE_2 || u32_at(&cd, at + 16)? != 0 {
                // The local header's offset, from the ZIP64 field when the record's is full.
                let mut local = u64::from(u32_at(&cd, at + 42)?);
                if local == u64::from(u32::MAX) {
                    let (_, data, len) = fields
                        .iter()
                        .find(|(id, _, _)| *id == ZIP64_FIELD)
                        .copied()
                        .ok_or_else(|| broken("a ZIP64 offset without its field"))?;
                    // Its values in order: the sizes the record marks as full, then the offset.
                    let sizes = [at + 24, at + 20]
                        .iter()
                        .map(|&size| u32_at(&cd, size).map(|s| s == u32::MAX))
                        .collect::<io::Result<Vec<bool>>>()?
                        .into_iter()
                        .filter(|full| *full)
                        .count();
                    let offset_at = data + 8 * sizes;
                    if offset_at + 8 > data + len {
                        return Err(broken("a ZIP64 field without the offset"));
                    }
                    local = u64_at(extra, offset_at)?;
                }
                seal_local(file, local)?;
                cd[at + 16..at + 20].copy_from_slice(&0u32.to_le_bytes());
                cd[vendor..vendor + 2].copy_from_slice(&AE_2.to_le_bytes());
                changed += 1;
            }
        }
        at = extra_at + extra_len + comment_len;
    }
    if changed > 0 {
        write_at(file, cd_offset, &cd)?;
    }
    file.seek(SeekFrom::Start(end))?;
    Ok(changed)
}

/// The local header at `at` of an AES entry: AE-2, CRC-32 0.
fn seal_local<F: Read + Write + Seek>(file: &mut F, at: u64) -> io::Result<()> {
    let header = read_at(file, at, 30)?;
    if u32_at(&header, 0)? != LOCAL_HEADER {
        return Err(broken("a local header has no signature"));
    }
    // With a data descriptor the CRC-32 would also follow the data: the writer never makes one
    // (it seeks), and an entry with one is not sealed half.
    if u16_at(&header, 6)? & 0x0008 != 0 {
        return Err(broken("an encrypted entry has a data descriptor"));
    }
    let name_len = u64::from(u16_at(&header, 26)?);
    let extra_len = usize::from(u16_at(&header, 28)?);
    let extra_at = at + 30 + name_len;
    let extra = read_at(file, extra_at, extra_len)?;
    let (_, data, _) = fields(&extra)?
        .into_iter()
        .find(|(id, _, len)| *id == AES_FIELD && *len >= 2)
        .ok_or_else(|| broken("an encrypted entry's local header has no AES field"))?;
    write_at(file, at + 14, &0u32.to_le_bytes())?;
    write_at(file, extra_at + data as u64, &AE_2.to_le_bytes())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use zip::write::SimpleFileOptions;
    use zip::{AesMode, CompressionMethod, ZipArchive, ZipWriter};

    use super::*;

    const PASSWORD: &str = "a long passphrase";

    /// An entry's name, CRC-32 and AES vendor version in the central directory, the same in
    /// its local header.
    type Fields = (String, u32, Option<u16>, u32, Option<u16>);

    /// Each entry's [`Fields`], read from the bytes.
    fn aes_fields(zip: &[u8]) -> Vec<Fields> {
        let mut file = Cursor::new(zip.to_vec());
        let (cd_offset, cd_size) = directory(&mut file, zip.len() as u64).unwrap();
        let cd = &zip[cd_offset as usize..(cd_offset + cd_size) as usize];
        let vendor = |extra: &[u8]| {
            fields(extra)
                .unwrap()
                .into_iter()
                .find(|f| f.0 == AES_FIELD)
                .map(|(_, data, _)| u16_at(extra, data).unwrap())
        };
        let mut out = Vec::new();
        let mut at = 0;
        while at < cd.len() {
            let name_len = usize::from(u16_at(cd, at + 28).unwrap());
            let extra_len = usize::from(u16_at(cd, at + 30).unwrap());
            let comment_len = usize::from(u16_at(cd, at + 32).unwrap());
            let name = String::from_utf8(cd[at + 46..at + 46 + name_len].to_vec()).unwrap();
            let extra = &cd[at + 46 + name_len..at + 46 + name_len + extra_len];
            let local = u32_at(cd, at + 42).unwrap() as usize;
            let local_name = usize::from(u16_at(zip, local + 26).unwrap());
            let local_extra_len = usize::from(u16_at(zip, local + 28).unwrap());
            let local_extra = &zip[local + 30 + local_name..][..local_extra_len];
            out.push((
                name,
                u32_at(cd, at + 16).unwrap(),
                vendor(extra),
                u32_at(zip, local + 14).unwrap(),
                vendor(local_extra),
            ));
            at += 46 + name_len + extra_len + comment_len;
        }
        out
    }

    /// A zip of a short and a long encrypted entry, a large-file one and one in the clear.
    fn written() -> Vec<u8> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let aes = SimpleFileOptions::default().with_aes_encryption(AesMode::Aes256, PASSWORD);
        for (name, options, text) in [
            ("short.json", aes, "{}".to_string()),
            (
                "long.json",
                aes,
                "a record of more than twenty bytes".repeat(50),
            ),
            (
                "stored.png",
                aes.compression_method(CompressionMethod::Stored)
                    .large_file(true),
                "not really a picture".repeat(3),
            ),
            (
                "HOW-TO-OPEN.txt",
                SimpleFileOptions::default(),
                "how to open it".repeat(3),
            ),
        ] {
            zip.start_file(name, options).unwrap();
            zip.write_all(text.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    #[test]
    fn every_aes_entry_becomes_ae_2_without_its_crc_and_still_opens() {
        let before = written();
        // What the crate writes: AE-1 with the CRC-32 for 20 bytes or more, AE-2 below.
        let crate_wrote = aes_fields(&before);
        assert_eq!(crate_wrote[0].2, Some(2), "{crate_wrote:?}");
        assert_eq!(crate_wrote[1].2, Some(1), "{crate_wrote:?}");
        assert_ne!(crate_wrote[1].1, 0, "{crate_wrote:?}");

        let mut file = Cursor::new(before.clone());
        assert_eq!(seal(&mut file, before.len() as u64).unwrap(), 2);
        assert_eq!(file.position(), before.len() as u64);
        let after = file.into_inner();
        assert_eq!(after.len(), before.len());
        for (name, cd_crc, cd_vendor, local_crc, local_vendor) in aes_fields(&after) {
            if name == "HOW-TO-OPEN.txt" {
                assert_eq!((cd_vendor, local_vendor), (None, None));
                assert_ne!(cd_crc, 0);
                assert_eq!(cd_crc, local_crc);
            } else {
                assert_eq!((cd_crc, cd_vendor), (0, Some(2)), "{name}");
                assert_eq!((local_crc, local_vendor), (0, Some(2)), "{name}");
            }
        }
        // Only those fields changed: 4 bytes of CRC and 2 of version, twice per entry.
        let differing = before.iter().zip(&after).filter(|(a, b)| a != b).count();
        assert!(differing <= 2 * 2 * 6, "{differing} bytes changed");

        // Read with the password (the authentication code checked), refused without.
        let mut archive = ZipArchive::new(Cursor::new(after.clone())).unwrap();
        for i in 0..archive.len() {
            let mut text = String::new();
            let name = archive.by_index_raw(i).unwrap().name().unwrap().to_string();
            if name == "HOW-TO-OPEN.txt" {
                archive
                    .by_index(i)
                    .unwrap()
                    .read_to_string(&mut text)
                    .unwrap();
            } else {
                assert!(archive.by_index(i).is_err(), "{name} without the password");
                archive
                    .by_index_decrypt(i, PASSWORD.as_bytes())
                    .unwrap()
                    .read_to_string(&mut text)
                    .unwrap();
            }
            assert!(!text.is_empty(), "{name}");
        }

        // Sealed twice is sealed once.
        let mut again = Cursor::new(after.clone());
        assert_eq!(seal(&mut again, after.len() as u64).unwrap(), 0);
        assert_eq!(again.into_inner(), after);

        // Continued as a checkpoint continues (the crate reads the directory back and writes it
        // again at the end), only the entry added is sealed: the others stay AE-2.
        let mut zip = ZipWriter::new_append(Cursor::new(after.clone())).unwrap();
        let aes = SimpleFileOptions::default().with_aes_encryption(AesMode::Aes256, PASSWORD);
        zip.start_file("later.json", aes).unwrap();
        zip.write_all("a record written after a checkpoint".as_bytes())
            .unwrap();
        let mut continued = zip.finish().unwrap();
        let end = continued.get_ref().len() as u64;
        assert_eq!(aes_fields(continued.get_ref())[4].2, Some(1));
        assert_eq!(seal(&mut continued, end).unwrap(), 1);
        let continued = aes_fields(&continued.into_inner());
        assert_eq!(continued.len(), 5);
        for (name, cd_crc, cd_vendor, local_crc, local_vendor) in continued {
            if name != "HOW-TO-OPEN.txt" {
                assert_eq!(
                    (cd_crc, cd_vendor, local_crc, local_vendor),
                    (0, Some(2), 0, Some(2))
                );
            }
        }

        // Without a CRC-32, a changed byte is still found: by the authentication code. (The
        // first byte of long.json's encrypted data, after the 16-byte salt and the 2-byte
        // password check.)
        let at = aes_local_data(&after, "long.json") + 18;
        let mut altered = after;
        altered[at] ^= 1;
        let mut archive = ZipArchive::new(Cursor::new(altered)).unwrap();
        let mut entry = archive
            .by_name_decrypt("long.json", PASSWORD.as_bytes())
            .unwrap();
        assert!(std::io::copy(&mut entry, &mut std::io::sink()).is_err());
    }

    /// Where the data of the entry `name` starts.
    fn aes_local_data(zip: &[u8], name: &str) -> usize {
        let mut at = 0;
        loop {
            assert_eq!(u32_at(zip, at).unwrap(), LOCAL_HEADER);
            let name_len = usize::from(u16_at(zip, at + 26).unwrap());
            let extra_len = usize::from(u16_at(zip, at + 28).unwrap());
            let data = at + 30 + name_len + extra_len;
            if &zip[at + 30..at + 30 + name_len] == name.as_bytes() {
                return data;
            }
            at = data + u32_at(zip, at + 18).unwrap() as usize;
        }
    }

    #[test]
    fn a_zip_that_is_not_one_is_an_error() {
        let mut file = Cursor::new(vec![0u8; 100]);
        assert_eq!(
            seal(&mut file, 100).unwrap_err().kind(),
            io::ErrorKind::InvalidData
        );
    }
}
