namespace BriefingGen.Loading;

/// <summary>What kind of file system entry a path names, read without opening it or following a link.</summary>
internal enum FileKindName
{
    Regular,
    Folder,
    Link,
    Pipe,
    Device,
    Socket,
    Missing,
}
