<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en_US">
<context>
    <name>Company</name>
    <message>
        <location filename="../../contact_manager/domain/company.py" line="+32"/>
        <source>Company name</source>
        <translation>Ragione sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account needs a name.</source>
        <translation>L&apos;account deve avere un nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long.</source>
        <translation>Il nome è troppo lungo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{field} can be at most {count} characters long.</source>
        <translation>{field} può contenere al massimo {count} caratteri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <source>A phone number has digits, spaces and + ( ) - . / only.</source>
        <translation>Un numero di telefono può contenere solo cifre, spazi e + ( ) - . /</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a web address such as www.example.com.</source>
        <translation>Inserisci un indirizzo web come www.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A VAT number has letters and digits only, such as IT12345678901.</source>
        <translation>Una partita IVA contiene solo lettere e cifre, ad esempio IT12345678901.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a country from the list.</source>
        <translation>Scegli un paese dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../contact_manager/domain/countries.py" line="+16"/>
        <source>Ascension Island</source>
        <translation>Isola di Ascensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Arab Emirates</source>
        <translation>Emirati Arabi Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antigua &amp; Barbuda</source>
        <translation>Antigua e Barbuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Albania</source>
        <translation>Albania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antarctica</source>
        <translation>Antartide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>American Samoa</source>
        <translation>Samoa americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åland Islands</source>
        <translation>Isole Åland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azerbaijan</source>
        <translation>Azerbaigian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bosnia &amp; Herzegovina</source>
        <translation>Bosnia ed Erzegovina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belgium</source>
        <translation>Belgio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahrain</source>
        <translation>Bahrein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caribbean Netherlands</source>
        <translation>Caraibi olandesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brazil</source>
        <translation>Brasile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bouvet Island</source>
        <translation>Isola Bouvet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belarus</source>
        <translation>Bielorussia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cocos (Keeling) Islands</source>
        <translation>Isole Cocos (Keeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo - Kinshasa</source>
        <translation>Congo - Kinshasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central African Republic</source>
        <translation>Repubblica Centrafricana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congo - Brazzaville</source>
        <translation>Congo - Brazzaville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Côte d’Ivoire</source>
        <translation>Costa d’Avorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cook Islands</source>
        <translation>Isole Cook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chile</source>
        <translation>Cile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameroon</source>
        <translation>Camerun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clipperton Island</source>
        <translation>Isola di Clipperton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cape Verde</source>
        <translation>Capo Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Island</source>
        <translation>Isola Christmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyprus</source>
        <translation>Cipro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czechia</source>
        <translation>Cechia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diego Garcia</source>
        <translation>Diego Garcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Djibouti</source>
        <translation>Gibuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denmark</source>
        <translation>Danimarca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dominican Republic</source>
        <translation>Repubblica Dominicana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Algeria</source>
        <translation>Algeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceuta &amp; Melilla</source>
        <translation>Ceuta e Melilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Egypt</source>
        <translation>Egitto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western Sahara</source>
        <translation>Sahara occidentale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spain</source>
        <translation>Spagna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethiopia</source>
        <translation>Etiopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finland</source>
        <translation>Finlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiji</source>
        <translation>Figi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Falkland Islands</source>
        <translation>Isole Falkland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faroe Islands</source>
        <translation>Isole Fær Øer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Georgia</source>
        <translation>Georgia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Guiana</source>
        <translation>Guyana francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gibraltar</source>
        <translation>Gibilterra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guadeloupe</source>
        <translation>Guadalupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equatorial Guinea</source>
        <translation>Guinea Equatoriale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greece</source>
        <translation>Grecia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Georgia &amp; South Sandwich Islands</source>
        <translation>Georgia del Sud e Sandwich australi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hong Kong SAR China</source>
        <translation>RAS di Hong Kong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heard &amp; McDonald Islands</source>
        <translation>Isole Heard e McDonald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatia</source>
        <translation>Croazia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungary</source>
        <translation>Ungheria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canary Islands</source>
        <translation>Isole Canarie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Israel</source>
        <translation>Israele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isle of Man</source>
        <translation>Isola di Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Indian Ocean Territory</source>
        <translation>Territorio britannico dell’Oceano Indiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iraq</source>
        <translation>Iraq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iceland</source>
        <translation>Islanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jamaica</source>
        <translation>Giamaica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jordan</source>
        <translation>Giordania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Giappone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cambodia</source>
        <translation>Cambogia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comoros</source>
        <translation>Comore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Kitts &amp; Nevis</source>
        <translation>Saint Kitts e Nevis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Korea</source>
        <translation>Corea del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Korea</source>
        <translation>Corea del Sud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cayman Islands</source>
        <translation>Isole Cayman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakhstan</source>
        <translation>Kazakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lebanon</source>
        <translation>Libano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Lucia</source>
        <translation>Saint Lucia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuania</source>
        <translation>Lituania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luxembourg</source>
        <translation>Lussemburgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvia</source>
        <translation>Lettonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libya</source>
        <translation>Libia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morocco</source>
        <translation>Marocco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Martin</source>
        <translation>Saint Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marshall Islands</source>
        <translation>Isole Marshall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North Macedonia</source>
        <translation>Macedonia del Nord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Myanmar (Burma)</source>
        <translation>Myanmar (Birmania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolia</source>
        <translation>Mongolia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Macao SAR China</source>
        <translation>RAS di Macao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Northern Mariana Islands</source>
        <translation>Isole Marianne settentrionali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Martinique</source>
        <translation>Martinica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritania</source>
        <translation>Mauritania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maldives</source>
        <translation>Maldive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mexico</source>
        <translation>Messico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mozambique</source>
        <translation>Mozambico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Caledonia</source>
        <translation>Nuova Caledonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norfolk Island</source>
        <translation>Isola Norfolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netherlands</source>
        <translation>Paesi Bassi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norway</source>
        <translation>Norvegia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nuova Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peru</source>
        <translation>Perù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Polynesia</source>
        <translation>Polinesia francese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Papua New Guinea</source>
        <translation>Papua Nuova Guinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philippines</source>
        <translation>Filippine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Pierre &amp; Miquelon</source>
        <translation>Saint-Pierre e Miquelon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pitcairn Islands</source>
        <translation>Isole Pitcairn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puerto Rico</source>
        <translation>Portorico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palestinian Territories</source>
        <translation>Territori palestinesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portugal</source>
        <translation>Portogallo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réunion</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Russia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saudi Arabia</source>
        <translation>Arabia Saudita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solomon Islands</source>
        <translation>Isole Salomone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweden</source>
        <translation>Svezia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Helena</source>
        <translation>Sant’Elena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svalbard &amp; Jan Mayen</source>
        <translation>Svalbard e Jan Mayen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovakia</source>
        <translation>Slovacchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Sudan</source>
        <translation>Sud Sudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>São Tomé &amp; Príncipe</source>
        <translation>São Tomé e Príncipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tristan da Cunha</source>
        <translation>Tristan da Cunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turks &amp; Caicos Islands</source>
        <translation>Isole Turks e Caicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chad</source>
        <translation>Ciad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French Southern Territories</source>
        <translation>Terre australi francesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thailand</source>
        <translation>Thailandia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tajikistan</source>
        <translation>Tagikistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timor-Leste</source>
        <translation>Timor Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunisia</source>
        <translation>Tunisia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Türkiye</source>
        <translation>Turchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trinidad &amp; Tobago</source>
        <translation>Trinidad e Tobago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ucraina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U.S. Outlying Islands</source>
        <translation>Altre isole americane del Pacifico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vatican City</source>
        <translation>Città del Vaticano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St. Vincent &amp; Grenadines</source>
        <translation>Saint Vincent e Grenadine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Virgin Islands</source>
        <translation>Isole Vergini britanniche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U.S. Virgin Islands</source>
        <translation>Isole Vergini americane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallis &amp; Futuna</source>
        <translation>Wallis e Futuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yemen</source>
        <translation>Yemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>South Africa</source>
        <translation>Sudafrica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zambia</source>
        <translation>Zambia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <location filename="../../contact_manager/domain/emails.py" line="+35"/>
        <source>An email address must have an @-sign.</source>
        <translation>Un indirizzo email deve contenere il simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something before the @-sign.</source>
        <translation>Manca la parte prima del simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There must be something after the @-sign.</source>
        <translation>Manca la parte dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte dopo il simbolo @ non è valida: dovrebbe contenere un punto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito dopo il simbolo @.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Un indirizzo email non può avere due punti di seguito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email address cannot end with a period.</source>
        <translation>Un indirizzo email non può terminare con un punto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email address contains invalid characters before the @-sign: SPACE.</source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima del simbolo @: SPAZIO.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email address is too long (1 character too many).</source>
        <translation>L&apos;indirizzo email è troppo lungo (1 carattere di troppo).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../contact_manager/domain/errors.py" line="+40"/>
        <source>You can only set up to {cap} billing contacts per account. The current billing contacts are: {names}.</source>
        <translation>Puoi impostare al massimo {cap} contatti di fatturazione per account. Gli attuali contatti di fatturazione sono: {names}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{person} is already a {role}.</source>
        <translation>{person} è già {role}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another user of this account already has the address {email}.</source>
        <translation>Un altro utente di questo account ha già l&apos;indirizzo {email}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please enter an email address.</source>
        <translation>Inserisci un indirizzo email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{address}” is not a valid email address: {reason}</source>
        <translation>“{address}” non è un indirizzo email valido: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{person} can&apos;t be deactivated while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile disattivare {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{person} can&apos;t be removed while they are: {roles}. Give these roles to someone else first.</source>
        <translation>Non è possibile rimuovere {person} finché ricopre questi ruoli: {roles}. Assegna prima questi ruoli a qualcun altro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{person} is deactivated and can&apos;t be given a role. Reactivate them first.</source>
        <translation>L&apos;utente {person} è disattivato e non può ricevere un ruolo. Riattivalo prima.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account primary contact can be changed to another user, but not removed.</source>
        <translation>Il contatto principale dell&apos;account può essere cambiato con un altro utente, ma non rimosso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{email} is not a user of this account. Only the security contact may be an outside address.</source>
        <translation>{email} non è un utente di questo account. Solo il contatto per la sicurezza può essere un indirizzo esterno.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no account called “{key}”.</source>
        <translation>Non esiste un account chiamato “{key}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user {key} in this account.</source>
        <translation>In questo account non c&apos;è l&apos;utente {key}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An account called “{name}” already exists.</source>
        <translation>Esiste già un account chiamato “{name}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else changed the account “{account}” meanwhile, so nothing was saved.</source>
        <translation>Nel frattempo qualcun altro ha modificato l&apos;account “{account}”: non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../contact_manager/domain/health.py" line="+40"/>
        <source>{person} is deactivated but is still the {role}.</source>
        <translation>L&apos;utente {person} è disattivato ma è ancora {role}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{person} holds {count} of the {total} roles: if they leave, nobody receives those notices.</source>
        <translation>{person} ricopre {count} dei {total} ruoli: se lascia l&apos;azienda, nessuno riceverà quelle notifiche.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No account primary contact is set.</source>
        <translation>Non è impostato alcun contatto principale dell&apos;account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No billing contact is set: invoices go to the primary contact only.</source>
        <translation>Non è impostato alcun contatto di fatturazione: le fatture vanno solo al contatto principale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No security contact is set.</source>
        <translation>Non è impostato alcun contatto per la sicurezza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The contacts have never been reviewed.</source>
        <translation>I contatti non sono mai stati verificati.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contacts were last reviewed {days} days ago.</source>
        <translation>I contatti sono stati verificati l&apos;ultima volta {days} giorni fa.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../contact_manager/domain/history.py" line="+34"/>
        <source>Account created</source>
        <translation>Account creato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account renamed</source>
        <translation>Account rinominato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company information changed</source>
        <translation>Informazioni sull&apos;azienda modificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts marked as reviewed</source>
        <translation>Contatti segnati come verificati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Utente aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User edited</source>
        <translation>Utente modificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User deactivated</source>
        <translation>Utente disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User reactivated</source>
        <translation>Utente riattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User removed</source>
        <translation>Utente rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact set</source>
        <translation>Contatto impostato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cleared</source>
        <translation>Contatto rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact added</source>
        <translation>Contatto di fatturazione aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact removed</source>
        <translation>Contatto di fatturazione rimosso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact replaced</source>
        <translation>Contatto di fatturazione sostituito</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../contact_manager/ui/language_menu.py" line="+39"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the application</source>
        <translation>Scegli la lingua dell&apos;applicazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the application in {language}</source>
        <translation>Mostra l&apos;applicazione in {language}</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../contact_manager/domain/routing.py" line="+28"/>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal notices</source>
        <translation>Notifiche di rinnovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrades</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security notices</source>
        <translation>Notifiche di sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding notices</source>
        <translation>Notifiche di onboarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical notices</source>
        <translation>Notifiche tecniche</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../contact_manager/domain/roles.py" line="+47"/>
        <source>Account primary contact</source>
        <translation>Contatto principale dell&apos;account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing contact</source>
        <translation>Contatto di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision maker</source>
        <translation>Decision maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Onboarding contact</source>
        <translation>Contatto per l&apos;onboarding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security contact</source>
        <translation>Contatto per la sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical admin</source>
        <translation>Amministratore tecnico</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../contact_manager/store/errors.py" line="+26"/>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Il database è in uso da un altro programma. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} can only be read: nothing was saved.</source>
        <translation>Il database {path} è di sola lettura: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Il disco è pieno: non è stato salvato nulla. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a Contact Manager database, or it is damaged.</source>
        <translation>{path} non è un database di Contact Manager, oppure è danneggiato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database {path} can&apos;t be opened: {detail}</source>
        <translation>Impossibile aprire il database {path}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} was written by a newer version of Contact Manager. Install the newer version to open it; the file has not been changed.</source>
        <translation>{path} è stato scritto da una versione più recente di Contact Manager. Installa la versione più recente per aprirlo; il file non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../contact_manager/domain/company.py" line="+10"/>
        <source>Enter the person&apos;s first or last name.</source>
        <translation>Inserisci il nome o il cognome della persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name can be at most 100 characters long.</source>
        <translation>Un nome può contenere al massimo 100 caratteri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This field can be at most {count} characters long.</source>
        <translation>Questo campo può contenere al massimo {count} caratteri.</translation>
    </message>
</context>
</TS>
